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

/** {@code /api/v1/products}: the vendor's products. */
@LicensingApi
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductsResource {

    @Inject
    ProductCatalog catalog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listProducts", summary = "List products, filtered by name or activity")
    public PageResponse<ProductResponse> list(
            @QueryParam("name") String name, @QueryParam("active") String active, @BeanParam ListParams params) {
        return PageResponse.from(catalog.list(name, Fields.booleanValue("active", active), params.toPageRequest()));
    }

    @POST
    @Operation(operationId = "createProduct", summary = "Create a product")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    public Response create(@NotNull @Valid ProductRequest fields) {
        ProductResponse created = catalog.create(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getProduct", summary = "Read one product")
    public ProductResponse read(@PathParam("number") String number) {
        return catalog.read(number);
    }

    @PATCH
    @Path("{number}")
    @Operation(operationId = "updateProduct", summary = "Change a product (only the fields sent)")
    public ProductResponse update(@PathParam("number") String number, @NotNull @Valid ProductRequest fields) {
        return catalog.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteProduct", summary = "Delete a product (with forceCascade, everything below it too)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number, @QueryParam("forceCascade") String forceCascade) {
        catalog.delete(number, Boolean.TRUE.equals(Fields.booleanValue("forceCascade", forceCascade)));
        return Response.noContent().build();
    }
}
