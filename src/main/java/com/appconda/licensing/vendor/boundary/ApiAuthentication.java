package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.ProblemResponses;
import com.appconda.licensing.platform.boundary.PublicEndpoint;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates every API call from its {@code Authorization} header (HTTP Basic or Bearer) and sets
 * the request's {@link CurrentCaller}. Missing or refused credentials answer 401 with a
 * {@code WWW-Authenticate} challenge. Endpoints marked {@link PublicEndpoint} pass without one.
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
        Optional<Caller> caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
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
    }

    private boolean isPublic() {
        return resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                        || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }

    private Optional<Caller> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authenticator.withApiKey(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        return Optional.empty();
    }

    private Optional<Caller> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return authenticator.withPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
