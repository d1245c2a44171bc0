package com.appconda.licensing.it.console;

import com.appconda.licensing.it.FacesForm;
import com.appconda.licensing.it.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A console session without a browser, for requests a browser would never send (a forged form post) and for
 * reading an answer's headers.
 */
public final class ConsoleSession {

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
        session.send(
                "login.xhtml",
                FacesForm.from(
                        page,
                        "loginForm",
                        "loginForm",
                        "loginForm:username",
                        username,
                        "loginForm:password",
                        password,
                        "loginForm:login",
                        ""));
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

    /** Posts exactly the form fields given as name, value, name, value, ..., nothing added. */
    String post(String path, String... fields) {
        return send(path, FacesForm.encoded(fields));
    }

    private String send(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
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
