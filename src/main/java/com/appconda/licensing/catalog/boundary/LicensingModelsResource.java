package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/licensing-models}: every model a module may use, custom ones included, with its parameters. */
@LicensingApi
@Path("v1/licensing-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing models")
public class LicensingModelsResource {

    @Inject
    ProductModuleCatalog modules;

    @GET
    @Operation(
            operationId = "listLicensingModels",
            summary = "List the licensing models this server evaluates, with their parameters")
    public List<LicensingModelResponse> list() {
        return modules.licensingModels();
    }
}
