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
            case "from", "to" ->
                parameter
                        .required(true)
                        .description(
                                name.equals("from")
                                        ? "The first day of the report, UTC."
                                        : "The last day of the report, UTC; at most 366 days after from.")
                        .schema(new Schema<>().type("string").format("date").example("2026-11-02"));
            case "granularity" ->
                parameter
                        .description("The period of a line: day, week (ISO, Monday first) or month.")
                        .schema(new Schema<>()
                                .type("string")
                                ._enum(java.util.List.of("day", "week", "month"))
                                ._default("day"));
            case "week" ->
                parameter
                        .description("A day of the week to send (UTC; the ISO week it is in, Monday first); the"
                                + " last ended week when left out.")
                        .schema(new Schema<>().type("string").format("date").example("2026-11-23"));
            case "floating" ->
                parameter
                        .description("Only modules of the Floating model: the floating usage report.")
                        .schema(new Schema<>().type("boolean")._default(false));
            case "product" ->
                parameter
                        .description("Only this product's usage, by its number.")
                        .schema(RecordSchemas.numberSchema());
            case "status" ->
                parameter
                        .description("Only transactions in this state.")
                        .schema(new Schema<>()
                                .type("string")
                                ._enum(java.util.List.of("PENDING", "CLOSED", "CANCELLED")));
            case "currency" ->
                parameter
                        .description("Only entries in this currency (ISO 4217).")
                        .schema(new Schema<>().type("string").example("EUR"));
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
