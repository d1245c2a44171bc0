package com.appconda.licensing.catalog.boundary;

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

/** {@code /api/v1/license-templates}: license templates: what can be sold or granted for a module. */
@LicensingApi
@Path("v1/license-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "License templates")
public class LicenseTemplatesResource {

    @Inject
    LicenseTemplateCatalog catalog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            operationId = "listLicenseTemplates",
            summary = "List license templates, filtered by module, type or name")
    public PageResponse<LicenseTemplateResponse> list(
            @QueryParam("productModuleNumber") String productModuleNumber,
            @QueryParam("licenseType") String licenseType,
            @QueryParam("name") String name,
            @BeanParam ListParams params) {
        return PageResponse.from(catalog.list(productModuleNumber, licenseType, name, params.toPageRequest()));
    }

    @POST
    @Operation(operationId = "createLicenseTemplate", summary = "Create a license template of a product module")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = LicenseTemplateResponse.class)))
    public Response create(@NotNull @Valid LicenseTemplateRequest fields) {
        LicenseTemplateResponse created = catalog.create(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getLicenseTemplate", summary = "Read one license template")
    public LicenseTemplateResponse read(@PathParam("number") String number) {
        return catalog.read(number);
    }

    @PATCH
    @Path("{number}")
    @Operation(operationId = "updateLicenseTemplate", summary = "Change a license template (only the fields sent)")
    public LicenseTemplateResponse update(
            @PathParam("number") String number, @NotNull @Valid LicenseTemplateRequest fields) {
        return catalog.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    @Operation(
            operationId = "deleteLicenseTemplate",
            summary = "Delete a license template (with forceCascade, its licenses too)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number, @QueryParam("forceCascade") String forceCascade) {
        catalog.delete(number, Boolean.TRUE.equals(Fields.booleanValue("forceCascade", forceCascade)));
        return Response.noContent().build();
    }
}
