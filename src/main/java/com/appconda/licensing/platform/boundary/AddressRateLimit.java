package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.ApiRateLimits;
import com.appconda.licensing.platform.control.RateLimiter;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Limits the API's requests per client address, before authentication, so that a flood of bad credentials costs
 * the server no credential checks once over the limit. The address is the servlet's remote address: behind a
 * reverse proxy that is the proxy's, unless the runtime is told to take the client's from the proxy (the README
 * says how); {@code X-Forwarded-For} is never read here, as any client can send it. Also writes the rate limit
 * fields of every API answer ({@link RateLimitFields}).
 */
@LicensingApi
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class AddressRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ApiRateLimits limits;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        limits.perAddress(RateLimitFields.groupOf(resourceInfo)).ifPresent(limit -> {
            RateLimitProbe probe = limiter.tryConsume(limit, clientAddress(servletRequest));
            RateLimitFields.record(request, probe);
            if (!probe.allowed()) {
                request.abortWith(RateLimitFields.tooManyRequests(probe));
            }
        });
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RateLimitFields.write(request, response.getHeaders());
    }

    /** The servlet's remote address; "unknown" where the runtime gives none. */
    public static String clientAddress(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
