package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.ApiRateLimits;
import com.appconda.licensing.platform.control.RateLimiter;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Limits the API's requests per API key, right after authentication has named the key (under {@link
 * RateLimitFields#API_KEY_PROPERTY}). Vendor users on HTTP Basic have no key limit: their address limit and the
 * login limits apply.
 */
@LicensingApi
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class KeyRateLimit implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    ApiRateLimits limits;

    @Inject
    RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        Object key = request.getProperty(RateLimitFields.API_KEY_PROPERTY);
        if (key == null) {
            return;
        }
        limits.perKey(RateLimitFields.groupOf(resourceInfo)).ifPresent(limit -> {
            RateLimitProbe probe = limiter.tryConsume(limit, key.toString());
            RateLimitFields.record(request, probe);
            if (!probe.allowed()) {
                request.abortWith(RateLimitFields.tooManyRequests(probe));
            }
        });
    }
}
