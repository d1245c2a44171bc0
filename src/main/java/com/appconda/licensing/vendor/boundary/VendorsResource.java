package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.PublicEndpoint;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/vendors}: sign-up of a new vendor account, no credentials needed. */
@LicensingApi
@Path("v1/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor account")
public class VendorsResource {

    @Inject
    VendorRegistry registry;

    @Context
    UriInfo uriInfo;

    @POST
    @PublicEndpoint
    @Operation(operationId = "signUp", summary = "Sign up a vendor and its first user (no credentials needed)")
    @APIResponse(
            responseCode = "201",
            description = "The new vendor; log in with the user just made",
            content = @Content(schema = @Schema(implementation = VendorResponse.class)))
    public Response signUp(@NotNull @Valid SignUpRequest request) {
        VendorResponse vendor = registry.signUp(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/vendor").build())
                .entity(vendor)
                .build();
    }
}
