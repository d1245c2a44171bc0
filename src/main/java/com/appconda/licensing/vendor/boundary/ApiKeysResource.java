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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(operationId = "listApiKeys", summary = "List the API keys, with their last use")
    public List<ApiKeyResponse> list() {
        return apiKeys.list();
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key; its secret is shown in this answer only")
    @APIResponse(
            responseCode = "201",
            description = "Created; the secret is in this answer only",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public Response create(@NotNull @Valid ApiKeyRequest request) {
        ApiKeyResponse created = apiKeys.create(request);
        return Created.at(uriInfo, created.number(), created);
    }

    /** Revokes the key for good; the answer shows it revoked. */
    @DELETE
    @Path("{number}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key at once")
    public ApiKeyResponse revoke(@PathParam("number") String number) {
        return apiKeys.revoke(number);
    }
}
