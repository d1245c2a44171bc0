package com.appconda.licensing.openapi;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;

/**
 * The query parameters of the API by name. The resources take them as text (a malformed value answers 400 naming
 * the parameter, not JAX-RS's 404), so their JSON types are stated here, once for every list.
 */
final class QueryParameters {

    private QueryParameters() {}

    static Parameter of(String name) {
        Parameter parameter = new Parameter().in("query").name(name).required(false);
        return switch (name) {
            case "page" ->
                parameter
                        .description("The page, from 0.")
                        .schema(new Schema<>()
                                .type("integer")
                                .format("int32")
                                .minimum(BigDecimal.ZERO)
                                ._default(0));
            case "size" ->
                parameter
                        .description("Items per page.")
                        .schema(new Schema<>()
                                .type("integer")
                                .format("int32")
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(500))
                                ._default(20));
            case "limit" ->
                parameter
                        .description("How many entries, newest first.")
                        .schema(new Schema<>()
                                .type("integer")
                                .format("int32")
                                .minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(500))
                                ._default(50));
            case "sort" ->
                parameter
                        .description("A member to sort by; '-' in front for descending. By number when absent.")
                        .schema(new Schema<>().type("string").maxLength(64).example("-name"));
            case "active", "forceCascade" ->
                parameter
                        .description(
                                name.equals("active")
                                        ? "Only active (true) or inactive (false) ones."
                                        : "Also delete what depends on it; without it, an entity in use is refused (409).")
                        .schema(new Schema<>().type("boolean"));
            case "name" ->
                parameter
                        .description("Names containing this text, any case.")
                        .schema(new Schema<>().type("string").maxLength(200));
            case "licenseType" ->
                parameter
                        .description("Templates of this license type.")
                        .schema(new Schema<>()
                                .type("string")
                                ._enum(java.util.Arrays.stream(com.appconda.licensing.engine.spi.LicenseType.values())
                                        .map(Enum::name)
                                        .map(Object.class::cast)
                                        .toList()));
            case "licensingModel" ->
                parameter
                        .description("Modules of this licensing model.")
                        .schema(new Schema<>().type("string").maxLength(64));
            default ->
                parameter
                        .description("Only those of this " + name.replace("Number", "") + ".")
                        .schema(RecordSchemas.numberSchema());
        };
    }
}
