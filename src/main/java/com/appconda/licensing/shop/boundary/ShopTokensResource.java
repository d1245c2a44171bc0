package com.appconda.licensing.shop.boundary;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/shop-tokens}: a shop URL for a licensee (the secret is in that answer only), read and revoke.
 */
@LicensingApi
@Path("v1/shop-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shop")
public class ShopTokensResource {

    @Inject
    ShopTokens tokens;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(
            operationId = "createShopToken",
            summary = "Create a shop token for a licensee; its shop URL (with the secret) is in this answer only")
    @APIResponse(
            responseCode = "201",
            description = "Created; send the customer to shopUrl",
            content = @Content(schema = @Schema(implementation = ShopTokenResponse.class)))
    public Response create(@NotNull @Valid ShopTokenRequest request) {
        ShopTokenResponse created = tokens.create(request, serverBase());
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "readShopToken", summary = "Read a shop token (without its secret)")
    public ShopTokenResponse read(@PathParam("number") String number) {
        return tokens.read(number);
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "revokeShopToken", summary = "Revoke a shop token: its shop closes at once")
    public ShopTokenResponse revoke(@PathParam("number") String number) {
        return tokens.revoke(number);
    }

    /** The application's root as the caller reached it: the API's base is {@code <root>api/}. */
    private URI serverBase() {
        String api = uriInfo.getBaseUri().toString();
        String trimmed = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        return URI.create(trimmed.substring(0, trimmed.lastIndexOf('/') + 1));
    }
}
