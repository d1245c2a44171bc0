package com.appconda.licensing.engine.control;

/**
 * Parses the whole-number parameters that arrive as strings. A value that is not a number is a caller error the
 * model answers with {@link Verdicts#INVALID_PARAMETER}; parsing reports it as {@code null} rather than throwing.
 */
final class Numbers {

    private Numbers() {}

    /** The value as a long, {@code fallback} when absent, {@code null} when it is not a whole number. */
    static Long parseLong(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Like {@link #parseLong} but also {@code null} for negative values. */
    static Long parseNonNegative(String value, long fallback) {
        Long parsed = parseLong(value, fallback);
        return parsed == null || parsed < 0 ? null : parsed;
    }

    /** Like {@link #parseNonNegative} but also {@code null} above {@code max}. */
    static Long parseAtMost(String value, long fallback, long max) {
        Long parsed = parseNonNegative(value, fallback);
        return parsed == null || parsed > max ? null : parsed;
    }

    /** Why a module parameter's text is not a whole number from {@code min} to {@code max}, or {@code null}. */
    static String outsideRange(String value, long min, long max) {
        Long parsed = value == null ? null : parseLong(value, min);
        return parsed == null || parsed < min || parsed > max
                ? "must be a whole number from " + min + " to " + max
                : null;
    }
}
