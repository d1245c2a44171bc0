package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.broker.entity.ModelParameter;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/licensing-models}: every model a module may use, custom ones included, with its parameters. */
@Path("v1/licensing-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing models")
public class LicensingModelsResource {

    /** A model and the module parameters it reads. */
    public record LicensingModelResponse(String name, List<ParameterResponse> parameters) {
    }

    /** One parameter: name, value type, default, whether required, and what it means. */
    public record ParameterResponse(String name, String type, String defaultValue, boolean required,
            String description) {

        static ParameterResponse from(ModelParameter parameter) {
            return new ParameterResponse(parameter.name(), parameter.type().name(), parameter.defaultValue(),
                    parameter.required(), parameter.description());
        }
    }

    @Inject
    LicensingModelCatalog models;

    @GET
    public List<LicensingModelResponse> list() {
        return models.names().stream()
                .map(name -> new LicensingModelResponse(name,
                        models.parameters(name).stream().map(ParameterResponse::from).toList()))
                .toList();
    }
}
