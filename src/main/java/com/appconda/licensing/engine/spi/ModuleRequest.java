package com.appconda.licensing.engine.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request's parameters for one module, with NetLicensing's index suffix already removed ({@code sessionId0}
 * arrives here as {@code sessionId}).
 */
public record ModuleRequest(Map<String, String> parameters) {

    public static final String SESSION_ID = "sessionId";
    public static final String ACTION = "action";
    public static final String USED_QUANTITY = "usedQuantity";
    public static final String RESERVE_QUANTITY = "reserveQuantity";
    public static final String NODE_SECRET = "nodeSecret";

    public ModuleRequest {
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }

    /** A request without module parameters. */
    public static ModuleRequest empty() {
        return new ModuleRequest(Map.of());
    }

    /** A request with the given name/value pairs. */
    public static ModuleRequest of(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ModuleRequest(map);
    }

    /** The parameter's value, or {@code null} when it is absent or blank. */
    public String get(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
