package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.engine.spi.ModelParameter;
import java.util.List;

/** A licensing model a module may use, custom ones included, and the module parameters it reads. */
public record LicensingModelResponse(String name, List<ParameterResponse> parameters) {

    /** One parameter: name, value type, default, whether required, and what it means. */
    public record ParameterResponse(
            String name, String type, String defaultValue, boolean required, String description) {

        static ParameterResponse from(ModelParameter parameter) {
            return new ParameterResponse(
                    parameter.name(),
                    parameter.type().name(),
                    parameter.defaultValue(),
                    parameter.required(),
                    parameter.description());
        }
    }
}
