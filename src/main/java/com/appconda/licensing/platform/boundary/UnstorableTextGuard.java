package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Fields;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Refuses, with a 400 naming the parameter, a query or path parameter whose text holds a NUL character (sent as
 * {@code %00}): no stored value can hold one, and PostgreSQL fails a whole statement that compares with one, which
 * would answer a filter or a lookup with a 500. Bodies are checked the same way by {@link SingleJsonObject}; the
 * stores also match nothing for such text, for callers other than the API.
 */
@LicensingApi
@Provider
public class UnstorableTextGuard implements ContainerRequestFilter {

    static final String DETAIL = "text must not contain the NUL character";

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> fields = new TreeMap<>();
        unstorable(uriInfo.getQueryParameters()).ifPresent(name -> fields.put(name, DETAIL));
        unstorable(uriInfo.getPathParameters()).ifPresent(name -> fields.put(name, DETAIL));
        if (!fields.isEmpty()) {
            request.abortWith(ProblemResponses.problem(
                            Response.Status.BAD_REQUEST,
                            "invalid-input",
                            "The request has invalid values",
                            "fix the fields listed in 'fields'",
                            fields)
                    .build());
        }
    }

    /** The first parameter with such text; a name with a NUL is not repeated, "query" is named instead. */
    private static Optional<String> unstorable(MultivaluedMap<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> !Fields.storable(parameter.getKey())
                        || !parameter.getValue().stream().allMatch(Fields::storable))
                .map(parameter -> Fields.storable(parameter.getKey()) ? parameter.getKey() : "query")
                .findFirst();
    }
}
