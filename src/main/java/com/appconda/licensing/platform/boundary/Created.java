package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code 201 Created} with the new entity's address in {@code Location} and the entity as the body. */
public final class Created {

    private Created() {}

    public static Response at(UriInfo uriInfo, String number, Object body) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(number).build())
                .entity(body)
                .build();
    }
}
