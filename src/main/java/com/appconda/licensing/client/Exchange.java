package com.appconda.licensing.client;

import com.appconda.licensing.verifier.JsonText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP call to the server, retried where a retry can help: the connection failed or timed out, or the server
 * answered 5xx or 429 (waiting what Retry-After asks, up to a limit). Every attempt sends the same body and the
 * same {@code Idempotency-Key}, so a consuming call that reached the server before the connection broke is not
 * counted twice. A 4xx is a {@link LicensingClientException.Refused} at once.
 */
final class Exchange {

    /** The server did not answer usefully after every attempt: the caller may fall back to the offline file. */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    record Answer(String body, Optional<String> signature) {}

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final int attempts;
    private final Duration firstDelay;
    private final Duration timeout;

    Exchange(HttpClient http, URI base, String apiKey, int attempts, Duration firstDelay, Duration timeout) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = "Bearer " + apiKey;
        this.attempts = attempts;
        this.firstDelay = firstDelay;
        this.timeout = timeout;
    }

    Answer post(String path, String json, String idempotencyKey) throws Unreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) throws Unreachable {
        Duration delay = firstDelay;
        String lastProblem = "no attempt";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Answer(response.body(), response.headers().firstValue("Licensing-Signature"));
                }
                if (status != 429 && status < 500) {
                    throw refused(status, response.body());
                }
                lastProblem = "the server answered " + status;
                delay = retryAfter(response).orElse(delay);
            } catch (IOException e) {
                lastProblem = "the server cannot be reached: " + e;
                lastCause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("interrupted", e);
            }
            if (attempt < attempts) {
                sleep(delay);
                delay = delay.multipliedBy(2);
            }
        }
        throw new Unreachable(lastProblem + " (" + attempts + " attempts)", lastCause);
    }

    /** Retry-After in seconds, capped at 5 s: a call does not hang for as long as a busy server might ask. */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Math.min(Long.parseLong(value), 5)));
    }

    private static void sleep(Duration delay) throws Unreachable {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    @SuppressWarnings("unchecked")
    static LicensingClientException.Refused refused(int status, String body) {
        String type = "http-" + status;
        String detail = "";
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            if (JsonText.parse(body) instanceof Map<?, ?> problem) {
                if (problem.get("type") instanceof String uri) {
                    type = uri.substring(uri.lastIndexOf('/') + 1);
                }
                detail = problem.get("detail") instanceof String text ? text : "";
                if (problem.get("fields") instanceof Map<?, ?> named) {
                    ((Map<String, Object>) named).forEach((name, why) -> fields.put(name, String.valueOf(why)));
                }
            }
        } catch (IllegalArgumentException notJson) {
            detail = "the answer is not a problem document";
        }
        return new LicensingClientException.Refused(status, type, detail, fields);
    }
}
