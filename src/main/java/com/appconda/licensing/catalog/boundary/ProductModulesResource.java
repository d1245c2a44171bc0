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

/** {@code /api/v1/product-modules}: the product modules of the vendor's products. */
@LicensingApi
@Path("v1/product-modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Product modules")
public class ProductModulesResource {

    @Inject
    ProductModuleCatalog catalog;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listProductModules", summary = "List product modules, filtered by product, model or name")
    public PageResponse<ProductModuleResponse> list(
            @QueryParam("productNumber") String productNumber,
            @QueryParam("licensingModel") String licensingModel,
            @QueryParam("name") String name,
            @BeanParam ListParams params) {
        return PageResponse.from(catalog.list(productNumber, licensingModel, name, params.toPageRequest()));
    }

    @POST
    @Operation(operationId = "createProductModule", summary = "Create a product module with its licensing model")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ProductModuleResponse.class)))
    public Response create(@NotNull @Valid ProductModuleRequest fields) {
        ProductModuleResponse created = catalog.create(fields);
        return Created.at(uriInfo, created.number(), created);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getProductModule", summary = "Read one product module")
    public ProductModuleResponse read(@PathParam("number") String number) {
        return catalog.read(number);
    }

    @PATCH
    @Path("{number}")
    @Operation(operationId = "updateProductModule", summary = "Change a product module (only the fields sent)")
    public ProductModuleResponse update(
            @PathParam("number") String number, @NotNull @Valid ProductModuleRequest fields) {
        return catalog.update(number, fields);
    }

    @DELETE
    @Path("{number}")
    @Operation(
            operationId = "deleteProductModule",
            summary = "Delete a product module (with forceCascade, its templates and licenses too)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("number") String number, @QueryParam("forceCascade") String forceCascade) {
        catalog.delete(number, Boolean.TRUE.equals(Fields.booleanValue("forceCascade", forceCascade)));
        return Response.noContent().build();
    }
}
