package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Created;
import com.appconda.licensing.platform.boundary.LicensingApi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/api-keys}: create (the secret is in that answer only), list and revoke API keys. */
@LicensingApi
@Path("v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeysResource {

    @Inject
    ApiKeys apiKeys;

    @Context
    UriInfo uriInfo;

    @GET
    public List<ApiKeyResponse> list() {
        return apiKeys.list();
    }

    @POST
    public Response create(@NotNull @Valid ApiKeyRequest request) {
        ApiKeyResponse created = apiKeys.create(request);
        return Created.at(uriInfo, created.number(), created);
    }

    /** Revokes the key for good; the answer shows it revoked. */
    @DELETE
    @Path("{number}")
    public ApiKeyResponse revoke(@PathParam("number") String number) {
        return apiKeys.revoke(number);
    }
}
