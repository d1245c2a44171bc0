package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses, with a 400 naming the parameter, a query or path parameter whose text holds a NUL character (sent as
 * {@code %00}): no stored value can hold one, and PostgreSQL fails a whole statement that compares with one, which
 * would answer a filter or a lookup with a 500. Bodies are checked the same way by {@link SingleJsonObject}; the
 * stores also match nothing for such text, for callers other than the API.
 */
@LicensingApi
@Provider
public class UnstorableTextGuard implements ContainerRequestFilter {

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        for (MultivaluedMap<String, String> parameters :
                List.of(uriInfo.getQueryParameters(), uriInfo.getPathParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                if (!Fields.storable(parameter.getKey())) {
                    // a name that is such text is not repeated in the answer
                    throw new InvalidInputException("query", Fields.UNSTORABLE);
                }
                if (!parameter.getValue().stream().allMatch(Fields::storable)) {
                    throw new InvalidInputException(parameter.getKey(), Fields.UNSTORABLE);
                }
            }
        }
    }
}
