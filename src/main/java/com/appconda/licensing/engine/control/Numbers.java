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
}
