package com.appconda.licensing.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer of the application: pages, API answers and problems, static resources and
 * error pages. Mapped in web.xml, ahead of every other filter, to {@code /*} for requests, forwards (the login page
 * shown in place of a console page: the login mechanism forwards before any filter ran) and error dispatches (the
 * error pages, which the container renders after the original request's filters have returned).
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: {@link ContentSecurityPolicy} by path. A policy set further down the
 *       chain (PrimeFaces' CSP mode, with the nonce of the page's inline scripts) is replaced by ours with that
 *       nonce, so each answer carries exactly one policy and it is ours.
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser runs or styles an answer only as the type it was sent
 *       with, so an uploaded or reflected text never becomes a script.
 *   <li>{@code X-Frame-Options: DENY}: no framing (clickjacking), for browsers that ignore CSP's frame-ancestors.
 *   <li>{@code Referrer-Policy: same-origin}: console addresses carry customers' licensee numbers; no other site
 *       learns them, nor this server's address, and the console links nowhere that needs a referrer.
 *   <li>{@code Strict-Transport-Security}, only on an answer to a request that came over TLS (directly or as the
 *       container was told by a TLS-terminating proxy): a browser that reached the server over HTTPS keeps to HTTPS
 *       for a year. Not on plain HTTP, where it would mean nothing and would lock a browser out of a server that
 *       has no TLS. Without {@code includeSubDomains}: other hosts below this name are not this server's to bind.
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentSecurityPolicy policy = ContentSecurityPolicy.forPath(pathOf(request));
        response.setHeader(ContentSecurityPolicy.HEADER, policy.value());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response, policy));
    }

    /** The path inside the application, decoded: {@code /api/v1/products}, {@code /login.xhtml}. */
    static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    /** Turns every policy set further down into ours, keeping only its nonce. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        private final ContentSecurityPolicy policy;

        OnePolicy(HttpServletResponse response, ContentSecurityPolicy policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(
                    name, ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) ? policy.replacing(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
