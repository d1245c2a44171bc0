package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Created;
import com.appconda.licensing.platform.boundary.LicensingApi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

/**
 * {@code /api/v1/vendor}: the caller's vendor account ({@code PATCH} changes its profile), {@code /public-key} (the key that signs now) and
 * {@code /signing-keys} (all keys that verify, newest first; {@code POST} rotates).
 */
@LicensingApi
@Path("v1/vendor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor account")
public class VendorResource {

    @Inject
    VendorRegistry vendors;

    @Inject
    SigningKeyRegistry registry;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "getVendor", summary = "Read the vendor account")
    public VendorResponse account() {
        return vendors.current();
    }

    /** Changes the profile: name, e-mail, default currency of new templates, display time zone. */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateVendor", summary = "Change the vendor profile (name, e-mail, currency, time zone)")
    public VendorResponse updateProfile(@NotNull @Valid VendorProfileRequest fields) {
        return vendors.updateProfile(fields);
    }

    @GET
    @Path("public-key")
    @Operation(operationId = "getCurrentSigningKey", summary = "The public key that signs answers now")
    public SigningKeyResponse current() {
        return registry.current();
    }

    @GET
    @Path("signing-keys")
    @Operation(
            operationId = "listSigningKeys",
            summary = "Every signing key, current and retired, to trust during a rotation")
    public List<SigningKeyResponse> all() {
        return registry.all();
    }

    @GET
    @Path("signing-keys/{keyId}")
    @Operation(operationId = "getSigningKey", summary = "One signing key by its id")
    public SigningKeyResponse one(@PathParam("keyId") String keyId) {
        return registry.one(keyId);
    }

    /** Makes a new key current; answers signed with the previous ones stay verifiable with their keys. */
    @POST
    @Path("signing-keys")
    @Operation(
            operationId = "rotateSigningKey",
            summary = "Start signing with a new key; the previous one stays trusted")
    @APIResponse(
            responseCode = "201",
            description = "The new current key",
            content = @Content(schema = @Schema(implementation = SigningKeyResponse.class)))
    public Response rotate() {
        SigningKeyResponse fresh = registry.rotate();
        return Created.at(uriInfo, fresh.keyId(), fresh);
    }
}
