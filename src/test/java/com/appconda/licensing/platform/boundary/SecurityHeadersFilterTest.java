package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The filter against a request the container considers secure or not (a TLS connection, or one a TLS-terminating
 * proxy vouched for): the headers it sets, and a policy asked for down the chain turned into ours.
 */
class SecurityHeadersFilterTest {

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final HttpServletResponse response = response(headers);

    @Test
    void everyAnswerIsNotSniffedNotFramedAndKeepsItsAddressToThisSite() throws Exception {
        filter(request("/api", "/v1/products", false), (request, response) -> {});

        assertThat(headers)
                .containsEntry("X-Content-Type-Options", List.of("nosniff"))
                .containsEntry("X-Frame-Options", List.of("DENY"))
                .containsEntry("Referrer-Policy", List.of("same-origin"))
                .containsEntry("Content-Security-Policy", List.of(ContentSecurityPolicy.API.value()));
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        filter(request("/login.xhtml", null, false), (request, response) -> {});
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");

        filter(request("/login.xhtml", null, true), (request, response) -> {});
        assertThat(headers).containsEntry("Strict-Transport-Security", List.of("max-age=31536000"));
    }

    @Test
    void thePolicyPrimeFacesAsksForBecomesOursWithItsNonce() throws Exception {
        filter(
                request("/console/index.xhtml", null, false),
                (request, answer) -> ((HttpServletResponse) answer)
                        .addHeader("Content-Security-Policy", "script-src 'self' 'nonce-bm9uY2U=';"));

        assertThat(headers.get("Content-Security-Policy"))
                .containsExactly(ContentSecurityPolicy.PAGE.withNonce("bm9uY2U="));
    }

    @Test
    void noFilterOrLibraryDownTheChainCanLoosenThePolicy() throws Exception {
        filter(request("/api", "/v1/ping", false), (request, answer) -> {
            HttpServletResponse later = (HttpServletResponse) answer;
            later.setHeader("content-security-policy", "default-src *");
            later.addHeader("Content-Security-Policy", "script-src 'unsafe-inline' 'nonce-abc'");
            later.addHeader("Cache-Control", "no-store");
        });

        assertThat(headers.get("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.API.value());
        assertThat(headers).containsEntry("Cache-Control", List.of("no-store"));
    }

    @Test
    void theApiReferenceHasItsOwnPolicy() throws Exception {
        filter(request("/openapi-ui/index.html", null, false), (request, response) -> {});

        assertThat(headers.get("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.API_REFERENCE.value());
    }

    private void filter(HttpServletRequest request, FilterChain chain) throws Exception {
        headers.clear();
        new SecurityHeadersFilter().doFilter(request, response, chain);
    }

    private static HttpServletRequest request(String servletPath, String pathInfo, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "isSecure" -> secure;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that keeps its headers as the servlet API defines set and add. */
    private static HttpServletResponse response(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" ->
                            headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                    .add((String) args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
