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

/** {@code /api/v1/licensees}: the customers of the vendor's products. */
@LicensingApi
@Path("v1/licensees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensees")
public class LicenseesResource {

    @Inject
    LicenseeRegistry registry;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listLicensees", summary = "List licensees, filtered by product, name or activity")
    public PageResponse<LicenseeResponse> list(
            @QueryParam("productNumber") String productNumber,
            @QueryParam("name") String name,
            @QueryParam("active") String active,
            @BeanParam ListParams params) {
        return PageResponse.from(
                registry.list(productNumber, name, Fields.booleanValue("active", active), params.toPageRequest()));
    }

    @POST
    @Operation(operationId = "createLicensee", summary = "Create a licensee of a product")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = LicenseeResponse.class)))
    public Response create(@NotNull @Valid LicenseeRequest fields) {
        LicenseeResponse created = registry.create(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getLicensee", summary = "Read one licensee")
    public LicenseeResponse read(@PathParam("number") String number) {
        return registry.read(number);
    }

    @PATCH
    @Path("{number}")
    @Operation(operationId = "updateLicensee", summary = "Change a licensee (only the fields sent)")
    public LicenseeResponse update(@PathParam("number") String number, @NotNull @Valid LicenseeRequest fields) {
        return registry.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteLicensee", summary = "Delete a licensee (with forceCascade, its licenses too)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number, @QueryParam("forceCascade") String forceCascade) {
        registry.delete(number, Boolean.TRUE.equals(Fields.booleanValue("forceCascade", forceCascade)));
        return Response.noContent().build();
    }
}
