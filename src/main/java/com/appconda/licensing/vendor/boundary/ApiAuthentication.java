package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.ProblemResponses;
import com.appconda.licensing.platform.boundary.PublicEndpoint;
import com.appconda.licensing.platform.boundary.RateLimitFields;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates every API call from its {@code Authorization} header (HTTP Basic or Bearer) and sets
 * the request's {@link CurrentCaller}. Missing or refused credentials answer 401 with a
 * {@code WWW-Authenticate} challenge. Endpoints marked {@link PublicEndpoint} pass without one. An API key is
 * named on the request for its rate limit.
 */
@LicensingApi
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"AppLicensing\", Bearer realm=\"AppLicensing\"";

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Optional<Credentials> credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<Caller> caller = credentials.flatMap(this::authenticate);
        if (caller.isEmpty()) {
            request.abortWith(ProblemResponses.problem(
                            Response.Status.UNAUTHORIZED,
                            "unauthenticated",
                            "Authentication required",
                            "send a vendor user's credentials or an API key (HTTP Basic or Bearer)")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
            return;
        }
        currentCaller.set(caller.get());
        if (credentials.get().isApiKey()) {
            request.setProperty(RateLimitFields.API_KEY_PROPERTY, apiKeyPartition(caller.get()));
        }
    }

    private boolean isPublic() {
        return resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                        || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }

    private Optional<Caller> authenticate(Credentials credentials) {
        return credentials.isApiKey()
                ? authenticator.withApiKey(credentials.secret())
                : authenticator.withPassword(credentials.username(), credentials.secret());
    }

    private static String apiKeyPartition(Caller caller) {
        return caller.vendorNumber() + "/" + caller.actor();
    }
}
