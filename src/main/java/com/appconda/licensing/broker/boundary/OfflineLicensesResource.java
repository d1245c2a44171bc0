package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/licensees/{licenseeNumber}/offline-license}: a signed, expiring offline license file. */
@LicensingApi
@Path("v1/licensees/{licenseeNumber}/offline-license")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Broker")
public class OfflineLicensesResource {

    @Inject
    OfflineLicenses offlineLicenses;

    @POST
    @Operation(
            operationId = "issueOfflineLicense",
            summary = "Issue an offline license file, verifiable with the vendor's public key alone")
    @APIResponse(
            responseCode = "200",
            description = "The signed offline license file",
            content = @Content(schema = @Schema(ref = "OfflineLicenseFile")))
    public String issue(
            @PathParam("licenseeNumber") String licenseeNumber, @NotNull @Valid OfflineLicenseRequest request) {
        return offlineLicenses.issue(licenseeNumber, request);
    }
}
