package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.AddressRateLimit;
import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.ProblemResponses;
import com.appconda.licensing.platform.boundary.PublicEndpoint;
import com.appconda.licensing.platform.boundary.RateLimitFields;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.vendor.control.DeviceCookies;
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
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates every API call from its {@code Authorization} header (HTTP Basic or Bearer) and sets
 * the request's {@link CurrentCaller}. Missing or refused credentials answer 401 with a
 * {@code WWW-Authenticate} challenge; a user password that the login limits hold back answers 429. Endpoints
 * marked {@link PublicEndpoint} pass without one. An API key is named for its rate limit; a user who logs in
 * from a client without a device cookie gets one ({@code Set-Cookie}), which spares that client the lock that
 * others' failed passwords put on the username.
 */
@LicensingApi
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CHALLENGE = "Basic realm=\"AppLicensing\", Bearer realm=\"AppLicensing\"";
    private static final String SET_COOKIE_PROPERTY = "com.appconda.licensing.vendor.device-cookie";

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Authenticator authenticator;

    @Inject
    DeviceCookies deviceCookies;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Optional<Credentials> credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        LoginOutcome outcome =
                credentials.map(given -> authenticate(given, request)).orElseGet(LoginOutcome.Refused::plainly);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            currentCaller.set(accepted.caller());
            if (credentials.get().isApiKey()) {
                request.setProperty(RateLimitFields.API_KEY_PROPERTY, apiKeyPartition(accepted.caller()));
            }
            if (accepted.deviceCookie() != null) {
                request.setProperty(
                        SET_COOKIE_PROPERTY,
                        deviceCookies.setCookie(
                                accepted.deviceCookie(), servletRequest.getContextPath(), servletRequest.isSecure()));
            }
        } else if (outcome instanceof LoginOutcome.Throttled throttled) {
            RateLimitFields.record(request, throttled.probe());
            request.abortWith(RateLimitFields.tooManyRequests(throttled.probe()));
        } else if (outcome instanceof LoginOutcome.Refused refused && refused.keyUnusableBecause() != null) {
            request.abortWith(unusableKey(refused.keyUnusableBecause()));
        } else {
            request.abortWith(unauthenticated());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object cookie = request.getProperty(SET_COOKIE_PROPERTY);
        if (cookie != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }

    private LoginOutcome authenticate(Credentials credentials, ContainerRequestContext request) {
        if (credentials.isApiKey()) {
            return authenticator.withApiKey(credentials.secret());
        }
        Cookie device = request.getCookies().get(DeviceCookies.NAME);
        return authenticator.withPassword(new LoginAttempt(
                credentials.username(),
                credentials.secret(),
                AddressRateLimit.clientAddress(servletRequest),
                device == null ? null : device.getValue(),
                false));
    }

    private static String apiKeyPartition(Caller caller) {
        return caller.vendorNumber() + "/" + caller.actor();
    }

    private static Response unauthenticated() {
        return ProblemResponses.problem(
                        Response.Status.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "send a vendor user's credentials or an API key (HTTP Basic or Bearer)")
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    /** Still 401, with a type of its own: "api-key-revoked", "api-key-expired" or "api-key-deactivated". */
    private static Response unusableKey(String because) {
        return ProblemResponses.problem(
                        Response.Status.UNAUTHORIZED,
                        "api-key-" + because,
                        "API key " + because,
                        "this API key is " + because + ": ask the vendor for a new one; retrying will not help")
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    private boolean isPublic() {
        return resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                        || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }
}
