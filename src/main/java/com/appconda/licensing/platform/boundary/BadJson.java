package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape, answers 400. Where the JSON-B runtime names the
 * property that failed, the problem names it too; the runtime's own wording (class names) is not sent.
 */
final class BadJson {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern EXPECTED = Pattern.compile("(expected [^\\n.]+)");

    static final String DETAIL = "the request body is not valid JSON of the expected shape";

    private BadJson() {}

    static Response problem(Throwable cause) {
        return ProblemResponses.problem(
                        Response.Status.BAD_REQUEST, "malformed-json", "Malformed request body", DETAIL, fields(cause))
                .build();
    }

    /** The property the runtime's message names, with what was expected of it; empty when it names none. */
    static Map<String, String> fields(Throwable cause) {
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
}
