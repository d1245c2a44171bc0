package com.appconda.licensing.it.console;

import com.appconda.licensing.it.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console session without a browser, for requests a browser would never send (a forged form post) and for
 * reading an answer's headers.
 */
public final class ConsoleSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final List<String> cookies = new ArrayList<>();

    private ConsoleSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static ConsoleSession logIn(URL base, String username, String password) throws URISyntaxException {
        ConsoleSession session = new ConsoleSession(base.toURI());
        String page = session.get("login.xhtml");
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        session.post(
                "login.xhtml",
                "loginForm",
                "loginForm",
                "loginForm:username",
                username,
                "loginForm:password",
                password,
                "loginForm:login",
                "",
                "jakarta.faces.ViewState",
                state.group(1));
        return session;
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build()).body();
    }

    /** A GET in this session, answered with its status and headers. */
    public Reply fetch(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        return new Reply("GET " + path + " (signed in)", response.statusCode(), response.headers(), response.body());
    }

    /** Posts form fields given as name, value, name, value, ... */
    String post(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build())
                .body();
    }

    /** The Set-Cookie header that started the session, as the server sent it. */
    public String sessionCookie() {
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie was set; got " + cookies));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (HttpResponse<String> r = response;
                    r != null;
                    r = r.previousResponse().orElse(null)) {
                cookies.addAll(r.headers().allValues("Set-Cookie"));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
