package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/**
 * One HTTP answer, with the assertions the tests make on it. Every assertion message carries the
 * request and the body, so a failing test shows what the server said.
 */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    public static final String PROBLEM_TYPE_BASE = "https://applicensing.appconda.com/problems/";

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The media type without parameters such as charset. */
    public String mediaType() {
        String type = header("Content-Type");
        return type == null ? null : type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    public JsonStructure parsed() {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON: " + describe(), e);
        }
    }

    public JsonObject json() {
        JsonStructure parsed = parsed();
        assertThat(parsed.getValueType()).as("a JSON object: %s", describe()).isEqualTo(JsonValue.ValueType.OBJECT);
        return parsed.asJsonObject();
    }

    public JsonArray jsonArray() {
        JsonStructure parsed = parsed();
        assertThat(parsed.getValueType()).as("a JSON array: %s", describe()).isEqualTo(JsonValue.ValueType.ARRAY);
        return parsed.asJsonArray();
    }

    public Reply expect(int expected) {
        assertThat(status).as("status of %s", describe()).isEqualTo(expected);
        return this;
    }

    /** 200 with a JSON object. */
    public JsonObject ok() {
        return jsonWith(200);
    }

    /** 201 with a JSON object and a Location. */
    public JsonObject created() {
        JsonObject body = jsonWith(201);
        assertThat(header("Location")).as("Location of %s", describe()).isNotBlank();
        return body;
    }

    public JsonObject jsonWith(int expected) {
        expect(expected);
        assertThat(mediaType()).as("content type of %s", describe()).isEqualTo(JSON);
        return json();
    }

    /**
     * An RFC 9457 problem with this status: the media type, a type URI of ours, a title, a detail and
     * the same status in the body.
     */
    public JsonObject problem(int expected) {
        expect(expected);
        assertThat(mediaType()).as("content type of %s", describe()).isEqualTo(PROBLEM);
        JsonObject problem = json();
        assertThat(problem.getString("type", "")).as("type of %s", describe()).startsWith(PROBLEM_TYPE_BASE);
        assertThat(problem.getString("title", "")).as("title of %s", describe()).isNotBlank();
        assertThat(problem.getInt("status", -1))
                .as("status in the body of %s", describe())
                .isEqualTo(expected);
        return problem;
    }

    /** A problem naming {@code field} among its offending fields. */
    public JsonObject problemNaming(int expected, String field) {
        JsonObject problem = problem(expected);
        assertThat(problem.containsKey("fields")).as("fields in %s", describe()).isTrue();
        assertThat(problem.getJsonObject("fields").keySet())
                .as("fields of %s", describe())
                .contains(field);
        return problem;
    }

    /** A problem whose type URI ends with this slug, e.g. "not-found". */
    public JsonObject problemOfType(int expected, String slug) {
        JsonObject problem = problem(expected);
        assertThat(problem.getString("type")).as("type of %s", describe()).isEqualTo(PROBLEM_TYPE_BASE + slug);
        return problem;
    }

    /** Any refusal the caller can act on: a 4xx problem document, never a 5xx or an HTML page. */
    public JsonObject clientError() {
        assertThat(status).as("a 4xx status for %s", describe()).isBetween(400, 499);
        return problem(status);
    }

    public String describe() {
        String shown = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
        String hint = status == 404 && "text/html".equals(mediaType())
                ? " [an HTML 404 from Payara itself: did the deployment fail? Set outputToConsole to true in"
                        + " arquillian.xml to see the server log]"
                : "";
        return request + " -> " + status + " " + header("Content-Type") + hint + " " + shown;
    }

    @Override
    public String toString() {
        return describe();
    }
}
