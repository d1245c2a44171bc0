package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape, answers 400. Where the JSON-B runtime names the
 * property that failed, the problem names it too; the runtime's own wording (class names) is not sent.
 */
final class BadJson {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    /** Yasson's wording for a member the target class lacks (with {@code jsonb.fail-on-unknown-properties}). */
    private static final Pattern UNKNOWN =
            Pattern.compile("Json property (.+?) can not be mapped to a class (?:class )?([\\w$]+(?:\\.[\\w$]+)*)");
    /** Yasson's wording for a member inside which reading failed: the way to a nested failure. */
    private static final Pattern INSIDE = Pattern.compile("^Unable to deserialize property '([A-Za-z0-9_]+)'");
    /** Longer names of unknown members are cut: the problem names what was sent, it does not echo a flood. */
    private static final int MAX_NAME = 64;

    private static final Pattern EXPECTED = Pattern.compile("(expected [^\\n.]+)");

    static final String DETAIL = "the request body is not valid JSON of the expected shape";
    static final String UNKNOWN_DETAIL = "the request body has a member this request does not have: see 'fields'";

    private BadJson() {}

    static Response problem(Throwable cause) {
        return ProblemResponses.problem(
                        Response.Status.BAD_REQUEST,
                        "malformed-json",
                        "Malformed request body",
                        detail(cause),
                        fields(cause))
                .build();
    }

    /** The problem's detail: a member the request lacks is said so; any other failure of shape alike. */
    static String detail(Throwable cause) {
        return unknownMember(cause).isPresent() ? UNKNOWN_DETAIL : DETAIL;
    }

    /** The property the runtime's message names, with what was expected of it; empty when it names none. */
    static Map<String, String> fields(Throwable cause) {
        Optional<Map<String, String>> unknown = unknownMember(cause);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return Map.of(property.group(1), expectation(cause));
            }
        }
        return Map.of();
    }

    private static String expectation(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            Matcher expected = EXPECTED.matcher(String.valueOf(t.getMessage()));
            if (expected.find()) {
                return expected.group(1);
            }
        }
        return "has the wrong type";
    }

    /**
     * A member the request does not have ({@code "dryrun"} for {@code dryRun}): named by its path from the body's top,
     * with the member meant where one differs only in case or by a slip of one or two letters.
     */
    private static Optional<Map<String, String>> unknownMember(Throwable cause) {
        List<String> path = new ArrayList<>();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher inside = INSIDE.matcher(message);
            if (inside.find()) {
                path.add(inside.group(1));
                continue;
            }
            Matcher unknown = UNKNOWN.matcher(message);
            if (unknown.find()) {
                String given = unknown.group(1);
                path.add(given.length() > MAX_NAME ? given.substring(0, MAX_NAME) + "…" : given);
                String hint = suggestion(given, unknown.group(2))
                        .map(meant -> " (did you mean " + meant + "?)")
                        .orElse("");
                return Optional.of(Map.of(String.join(".", path), "is not a field of this request" + hint));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> suggestion(String given, String className) {
        return members(className).stream()
                .filter(member -> member.equalsIgnoreCase(given)
                        || distance(member.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT)) <= 2)
                .min((a, b) -> Integer.compare(distance(a, given), distance(b, given)));
    }

    /** The JSON members of a request class: its record components, or else its non-static fields. */
    private static List<String> members(String className) {
        try {
            Class<?> type = Class.forName(className, false, BadJson.class.getClassLoader());
            if (type.isRecord()) {
                return Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList();
            }
            return Arrays.stream(type.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .map(Field::getName)
                    .toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    /** Levenshtein distance: the fewest letters to insert, delete or change to turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
