package com.appconda.licensing.it;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small client of the JSON API ({@code <deployment>api/v1/}) on java.net.http, holding one
 * credential. Paths are relative to the API base ("products", "products/P1?size=3"); bodies are JSON
 * values or, for malformed input, raw text.
 */
public final class Api {

    public static final String PASSWORD = "correct horse battery";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final URI deployment;
    private final String authorization;
    private final String username;

    private Api(URI deployment, String authorization, String username) {
        this.deployment = deployment;
        this.authorization = authorization;
        this.username = username;
    }

    /** A client without credentials. */
    public static Api anonymous(URL deployment) {
        try {
            return new Api(deployment.toURI(), null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(deployment.toString(), e);
        }
    }

    /**
     * Signs up a fresh vendor (public endpoint) and answers a client that logs in as its first user.
     * The username is unique per call, so test classes never share data.
     */
    public static Api signUpVendor(URL deployment, String label) {
        String username = unique(label).toLowerCase(Locale.ROOT);
        Api anonymous = anonymous(deployment);
        anonymous
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                label + " Ltd",
                                "email",
                                username + "@example.com",
                                "username",
                                username,
                                "password",
                                PASSWORD))
                .created();
        return anonymous.withBasic(username, PASSWORD);
    }

    /** A unique, number-safe name: the label plus a counter and random characters. */
    public static String unique(String label) {
        return label + "-" + COUNTER.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public Api withBasic(String username, String password) {
        String pair = username + ":" + password;
        return new Api(
                deployment,
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                username);
    }

    public Api withBearer(String secret) {
        return withAuthorization("Bearer " + secret);
    }

    /** Any Authorization header value, or null for none. */
    public Api withAuthorization(String header) {
        return new Api(deployment, header, null);
    }

    public Api anonymous() {
        return new Api(deployment, null, null);
    }

    /** The vendor user this client logs in as, if it uses HTTP Basic with a username. */
    public String username() {
        return username;
    }

    /** Scheme, host and port: Payara Micro serves /health and /openapi there, not below the deployment. */
    public URI serverRoot() {
        return deployment.resolve("/");
    }

    /**
     * A MicroProfile Health endpoint ("ready", "live"): below {@link #serverRoot()} on Payara Micro; WildFly serves
     * /health on its management interface instead, whose address the profile wildfly passes as
     * {@code applicensing.health.url}.
     */
    public URI health(String check) {
        String elsewhere = System.getProperty("applicensing.health.url");
        return elsewhere == null
                ? serverRoot().resolve("health/" + check)
                : URI.create(elsewhere).resolve(check);
    }

    public URI uri(String path) {
        return deployment.resolve("api/v1/" + path);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, JsonValue body) {
        return send("POST", path, body.toString());
    }

    public Reply patch(String path, JsonValue body) {
        return send("PATCH", path, body.toString());
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** A request with a raw JSON body (or none when null). */
    public Reply send(String method, String path, String body) {
        return send(method, uri(path), body, "application/json");
    }

    public Reply send(String method, URI uri, String body, String contentType) {
        return send(method, uri, body, contentType, new String[0]);
    }

    /** A JSON request to a path below the API with extra header name/value pairs. */
    public Reply sendWithHeader(String method, String path, String body, String... headerNamesAndValues) {
        return send(method, uri(path), body, "application/json", headerNamesAndValues);
    }

    private Reply send(String method, URI uri, String body, String contentType, String[] headers) {
        return exchange(
                method,
                uri,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                body == null ? null : contentType,
                headers);
    }

    private Reply exchange(
            String method, URI uri, HttpRequest.BodyPublisher body, String contentType, String[] headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + uri, e);
        }
    }

    /** A request whose body is any bytes, with that Content-Type (or none when null). */
    public Reply sendBytes(String method, URI uri, byte[] body, String contentType) {
        return exchange(method, uri, HttpRequest.BodyPublishers.ofByteArray(body), contentType, new String[0]);
    }

    /** GET of an absolute address, such as a Location header or the server's /health. */
    public Reply getAbsolute(URI uri) {
        return send("GET", uri, null, null);
    }

    /** GET of an absolute address with extra header name/value pairs. */
    public Reply getAbsolute(URI uri, String... headerNamesAndValues) {
        return send("GET", uri, null, null, headerNamesAndValues);
    }

    /** A query parameter value, URL-encoded. */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
