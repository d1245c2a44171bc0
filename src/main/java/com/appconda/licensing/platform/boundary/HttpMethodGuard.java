package com.appconda.licensing.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Answers every request whose method the server has no use for (CONNECT, TRACE, anything invented) before any
 * servlet sees it: 405 with a problem document whose length is sent, so the client knows where the answer ends.
 * Left to the runtime, CONNECT was answered 405 without a length and the connection left open, so the client
 * waited for its own timeout; on console pages it was served the login form the page forwards to (forwards and
 * error pages pass through here too).
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class HttpMethodGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> SERVED = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SERVED.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = ("{\"type\":\"" + ProblemResponses.TYPE_BASE + "method-not-allowed\",\"title\":\"Method Not"
                        + " Allowed\",\"status\":405,\"detail\":\"this server answers " + ALLOW + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", ALLOW);
        response.setHeader("Connection", "close");
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
