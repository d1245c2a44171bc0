package com.appconda.licensing.platform.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free-form name/value properties that vendors attach to any entity (NetLicensing's custom
 * properties). Names are identifiers of at most 64 characters and must not shadow a built-in field;
 * values are at most 4000 characters. As in NetLicensing, a property sent with an empty value is
 * removed.
 */
public final class CustomProperties {

    public static final int MAX_COUNT = 100;
    public static final int MAX_VALUE_LENGTH = 4000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private CustomProperties() {}

    /** Applies {@code changes} to {@code current}: empty values delete, others set. */
    public static void apply(Map<String, String> current, Map<String, String> changes, Set<String> reserved) {
        if (changes == null) {
            return;
        }
        Map<String, String> result = new LinkedHashMap<>(current);
        changes.forEach((name, value) -> {
            check(name, value, reserved);
            if (value == null || value.isEmpty()) {
                result.remove(name);
            } else {
                result.put(name, value);
            }
        });
        if (result.size() > MAX_COUNT) {
            throw new InvalidInputException("properties", "at most " + MAX_COUNT + " properties per entity");
        }
        current.clear();
        current.putAll(result);
    }

    private static void check(String name, String value, Set<String> reserved) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "properties", "names start with a letter and hold at most 64 letters, digits, '.', '-' or '_'");
        }
        if (reserved.contains(name)) {
            throw new InvalidInputException("properties." + name, "is a built-in field, not a custom property");
        }
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidInputException("properties." + name, "at most " + MAX_VALUE_LENGTH + " characters");
        }
    }
}
