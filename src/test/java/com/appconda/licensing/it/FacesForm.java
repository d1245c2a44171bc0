package com.appconda.licensing.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form post as a browser sends it from a console page: the fields, the page's view state, and the script nonce
 * the page's PrimeFaces script adds to every form. Tests that post forms over plain HTTP build them here, so they
 * are refused for what they test, not for missing what every browser sends.
 */
public final class FacesForm {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private FacesForm() {}

    /**
     * The urlencoded body of a post from {@code page}: the given fields (name, value, name, value, ...), then the
     * page's view state and nonce.
     */
    public static String from(String page, String... fields) {
        StringBuilder body = new StringBuilder(encoded(fields));
        body.append(body.length() == 0 ? "" : "&")
                .append(encoded("jakarta.faces.ViewState", viewState(page)))
                .append('&')
                .append(encoded("primefaces.nonce", find(NONCE, page, "script nonce")));
        return body.toString();
    }

    /** The page's view state token. */
    public static String viewState(String page) {
        return find(VIEW_STATE, page, "view state");
    }

    /** Fields given as name, value, name, value, ..., urlencoded as they are, with nothing added. */
    public static String encoded(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " on the page: " + page);
        }
        return matcher.group(1);
    }
}
