package com.appconda.licensing.engine.spi;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter a licensing model reads, described so that the console can show it and the server can check it
 * without knowing the model: a module parameter the vendor sets ({@link LicensingModelEvaluator#parameters()}), or
 * a request parameter the vendor's software sends with a validation
 * ({@link LicensingModelEvaluator#requestParameters()}).
 *
 * @param name         the parameter name exactly as NetLicensing spells it (e.g. {@code maxCheckoutValidity})
 * @param type         how the console should edit and the server check the value
 * @param defaultValue what the model assumes when the parameter is not set; {@code null} when there is none
 * @param required     true when the model cannot answer without it
 * @param description  the unit and meaning, for the console's help text
 * @param choices      the only values allowed, spelt exactly; empty when any value of the type is
 */
public record ModelParameter(
        String name, Type type, String defaultValue, boolean required, String description, List<String> choices) {

    /** The largest {@link Type#COUNT}: far beyond any real quantity, and sums of a few never overflow a long. */
    public static final long MAX_COUNT = 1_000_000_000_000_000L;

    /** The value types a console can offer an editor for and the server checks. */
    public enum Type {
        STRING,
        /** A whole number that fits a long. */
        INTEGER,
        /** A whole number from 0 to {@link #MAX_COUNT}: quantities, seconds, days. */
        COUNT,
        BOOLEAN,
        /** A JSON document; what it must hold the model checks. */
        JSON
    }

    public ModelParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A parameter that takes any value of its type. */
    public ModelParameter(String name, Type type, String defaultValue, boolean required, String description) {
        this(name, type, defaultValue, required, description, List.of());
    }

    /** An optional parameter with a default. */
    public static ModelParameter optional(String name, Type type, String defaultValue, String description) {
        return new ModelParameter(name, type, defaultValue, false, description);
    }

    /** A parameter the module must set. */
    public static ModelParameter required(String name, Type type, String description) {
        return new ModelParameter(name, type, null, true, description);
    }

    /** An optional text parameter that takes one of {@code choices}, exactly as spelt. */
    public static ModelParameter choice(String name, String defaultValue, String description, String... choices) {
        return new ModelParameter(name, Type.STRING, defaultValue, false, description, List.of(choices));
    }

    /** Why {@code value} is not a value of this parameter, or empty when it is one. */
    public Optional<String> refusalOf(String value) {
        if (!choices.isEmpty() && !choices.contains(value)) {
            return Optional.of("must be one of " + String.join(", ", choices) + hint(value));
        }
        return switch (type) {
            case INTEGER -> wholeNumber(value, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
            case COUNT -> wholeNumber(value, BigInteger.ZERO, BigInteger.valueOf(MAX_COUNT));
            case BOOLEAN ->
                "true".equals(value) || "false".equals(value) ? Optional.empty() : Optional.of("must be true or false");
            case STRING, JSON -> Optional.empty();
        };
    }

    private static Optional<String> wholeNumber(String value, BigInteger min, BigInteger max) {
        String range = "must be a whole number from " + min + " to " + max;
        // written as a number is written: no sign on zero, no leading zeros, ASCII digits only
        if (value.length() > 20 || !value.matches("0|-?[1-9][0-9]*")) {
            return Optional.of(range);
        }
        BigInteger number = new BigInteger(value);
        return number.compareTo(min) < 0 || number.compareTo(max) > 0 ? Optional.of(range) : Optional.empty();
    }

    /** A choice spelt in another case is most likely a typo of it: say which one was meant. */
    private String hint(String value) {
        return choices.stream()
                .filter(choice -> choice.equalsIgnoreCase(value))
                .findFirst()
                .map(choice -> " (did you mean " + choice + "?)")
                .orElse("");
    }
}
