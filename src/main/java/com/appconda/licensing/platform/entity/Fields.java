package com.appconda.licensing.platform.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small checks of request values that name the offending field in the refusal. */
public final class Fields {

    private Fields() {}

    /** What a refusal of text with a NUL says. */
    public static final String UNSTORABLE = "text must not contain the NUL character";

    /**
     * Whether a database can hold this text and so whether a stored value can equal it: PostgreSQL refuses the NUL
     * character in text (and fails the whole statement), so text with one matches nothing, and a lookup by it must
     * not reach the database.
     */
    public static boolean storable(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }

    public static <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** A change request's value where one was sent, else the current value (which may be null). */
    public static <T> T orKeep(T sent, T current) {
        return sent != null ? sent : current;
    }

    /** Parses an enum constant case-insensitively; null stays null (the field was not sent). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(field, "must be one of " + allowed);
        }
    }

    public static Boolean booleanValue(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "must be true or false");
        };
    }

    public static int intValue(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** The optimistic-lock check: a revision the caller sends must be the one stored. */
    public static void requireRevision(TenantEntity entity, Long revision, String kind) {
        if (revision != null && revision != entity.getVersion()) {
            throw new StaleVersionException(kind, entity.getNumber());
        }
    }
}
