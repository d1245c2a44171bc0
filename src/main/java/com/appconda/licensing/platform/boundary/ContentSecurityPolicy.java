package com.appconda.licensing.platform.boundary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser may load, run and frame for an answer, by the part of the server that gives it. No policy allows
 * an inline script: the console's and the public pages' scripts are files of this server, and PrimeFaces' own
 * inline scripts carry the nonce of their page ({@link #withNonce}). No answer may be framed by any page, this
 * server's included ({@code frame-ancestors 'none'}, with {@code X-Frame-Options: DENY} for older browsers).
 *
 * <p>{@code style-src} allows inline styles on the pages: PrimeFaces writes {@code style} attributes into its
 * markup (dialog and column widths, chart sizes) and into every ajax update, and a nonce cannot cover an
 * attribute. An injected style can restyle a page, not run code, and the rest of the policy keeps it from
 * loading anything from elsewhere (images, fonts and connections go to this server only).
 */
public enum ContentSecurityPolicy {

    /**
     * The JSON API, and the server's OpenAPI document and health checks where the application is deployed at the
     * context root (Payara serves those through the root application's filters): answers are data, never a
     * document, so nothing may load, run or frame them.
     */
    API("default-src 'none'; frame-ancestors 'none'"),

    /**
     * The API reference (swagger-ui from its webjar): its scripts and styles from this server, the OpenAPI document
     * and the "try it out" calls to this server; swagger-ui sets inline styles and draws its icons as data: images.
     */
    API_REFERENCE("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),

    /**
     * Every other answer: the console, the login and sign-up pages, the error pages, the home page and the static
     * resources. Everything from this server only; PrimeFaces' stylesheets hold a few images as data: URIs.
     * {@code script-src} comes last, where a page's nonce is appended.
     */
    PAGE("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'; script-src 'self'"),

    /**
     * The public shop and its payment pages: as {@link #PAGE}, and images over https too, for the vendor's logo,
     * which lives on the vendor's own site. An image runs no script, so this opens nothing else.
     */
    SHOP("default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'; script-src 'self'");

    public static final String HEADER = "Content-Security-Policy";

    /** A CSP nonce as PrimeFaces makes it: base64, nothing that could end the source expression or the header. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_-]+={0,2})'");

    private final String policy;

    ContentSecurityPolicy(String policy) {
        this.policy = policy;
    }

    /** The policy for a path inside the application, such as {@code /api/v1/products} or {@code /login.xhtml}. */
    public static ContentSecurityPolicy forPath(String path) {
        if (path.startsWith("/api/")
                || isUnder(path, "/openapi")
                || path.equals("/openapi.json")
                || isUnder(path, "/health")) {
            return API;
        }
        if (path.startsWith("/openapi-ui/")) {
            return API_REFERENCE;
        }
        if (path.startsWith("/shop/")) {
            return SHOP;
        }
        return PAGE;
    }

    private static boolean isUnder(String path, String folder) {
        return path.equals(folder) || path.startsWith(folder + "/");
    }

    /** The header value for an answer without inline scripts. */
    public String value() {
        return policy;
    }

    /**
     * The header value for an answer whose inline scripts carry this nonce: a page's scripts run when they carry
     * it; the API and its reference run no inline script whatever they carry.
     */
    public String withNonce(String nonce) {
        return this == PAGE || this == SHOP ? policy + " 'nonce-" + nonce + "'" : policy;
    }

    /**
     * This policy for an answer whose renderer asked for {@code requested}: only the nonce is taken from it, so no
     * library can loosen the policy. PrimeFaces' CSP mode asks for {@code script-src 'self' 'nonce-…'}.
     */
    public String replacing(String requested) {
        return nonceIn(requested).map(this::withNonce).orElse(policy);
    }

    static Optional<String> nonceIn(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        Matcher nonce = NONCE.matcher(requested);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }
}
