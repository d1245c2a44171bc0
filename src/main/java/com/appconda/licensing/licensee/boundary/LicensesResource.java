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
    public PageResponse<LicenseResponse> list(
            @QueryParam("licenseeNumber") String licenseeNumber,
            @QueryParam("licenseTemplateNumber") String licenseTemplateNumber,
            @QueryParam("active") String active,
            @BeanParam ListParams params) {
        return PageResponse.from(issuer.list(
                licenseeNumber, licenseTemplateNumber, Fields.booleanValue("active", active), params.toPageRequest()));
    }

    @POST
    public Response create(@NotNull @Valid LicenseRequest fields) {
        LicenseResponse created = issuer.issue(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    public LicenseResponse read(@PathParam("number") String number) {
        return issuer.read(number);
    }

    @PATCH
    @Path("{number}")
    public LicenseResponse update(@PathParam("number") String number, @NotNull @Valid LicenseRequest fields) {
        return issuer.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    public Response delete(@PathParam("number") String number) {
        issuer.delete(number);
        return Response.noContent().build();
    }
}
