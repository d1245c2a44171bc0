package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.boundary.Created;
import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.ListParams;
import com.appconda.licensing.platform.boundary.PageResponse;
import com.appconda.licensing.platform.entity.Fields;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/licenses}: licenses issued to the vendor's licensees. */
@LicensingApi
@Path("v1/licenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licenses")
public class LicensesResource {

    @Inject
    LicenseIssuer issuer;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listLicenses", summary = "List licenses, filtered by licensee, template or activity")
    public PageResponse<LicenseResponse> list(
            @QueryParam("licenseeNumber") String licenseeNumber,
            @QueryParam("licenseTemplateNumber") String licenseTemplateNumber,
            @QueryParam("active") String active,
            @BeanParam ListParams params) {
        return PageResponse.from(issuer.list(
                licenseeNumber, licenseTemplateNumber, Fields.booleanValue("active", active), params.toPageRequest()));
    }

    @POST
    @Operation(operationId = "createLicense", summary = "Issue a license to a licensee from a template")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = LicenseResponse.class)))
    public Response create(@NotNull @Valid LicenseRequest fields) {
        LicenseResponse created = issuer.issue(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getLicense", summary = "Read one license")
    public LicenseResponse read(@PathParam("number") String number) {
        return issuer.read(number);
    }

    @PATCH
    @Path("{number}")
    @Operation(operationId = "updateLicense", summary = "Change a license (only the fields sent)")
    public LicenseResponse update(@PathParam("number") String number, @NotNull @Valid LicenseRequest fields) {
        return issuer.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteLicense", summary = "Delete a license")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number) {
        issuer.delete(number);
        return Response.noContent().build();
    }
}
