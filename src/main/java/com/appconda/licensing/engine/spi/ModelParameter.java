package com.appconda.licensing.engine.spi;

import java.util.Objects;

/**
 * One module parameter a licensing model reads, described so that the vendor console can show and check it
 * without knowing the model.
 *
 * @param name         the parameter name exactly as NetLicensing spells it (e.g. {@code maxCheckoutValidity})
 * @param type         how the console should edit and check the value
 * @param defaultValue what the model assumes when the module does not set it; {@code null} when there is none
 * @param required     true when the model cannot answer without it
 * @param description  the unit and meaning, for the console's help text
 */
public record ModelParameter(String name, Type type, String defaultValue, boolean required, String description) {

    /** The value types a console can offer an editor for. */
    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN,
        JSON
    }

    public ModelParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** An optional parameter with a default. */
    public static ModelParameter optional(String name, Type type, String defaultValue, String description) {
        return new ModelParameter(name, type, defaultValue, false, description);
    }

    /** A parameter the module must set. */
    public static ModelParameter required(String name, Type type, String description) {
        return new ModelParameter(name, type, null, true, description);
    }
}
