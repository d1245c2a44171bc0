package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.boundary.RateLimitGroup;
import com.appconda.licensing.platform.control.ApiRateLimits;
import com.appconda.licensing.platform.control.RetryOnConflict;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/licensees/{licenseeNumber}/validate}: the Broker. Answers 200 with the
 * evaluated state of every module, valid or not (a refused license is an answer, not an error), and
 * the signature in the {@value JsonAnswerFormat#HEADER} header.
 */
@LicensingApi
@Path("v1/licensees/{licenseeNumber}/validate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Broker")
@RateLimitGroup(ApiRateLimits.BROKER)
public class ValidationsResource {

    @Inject
    ValidationBroker broker;

    @Inject
    JsonAnswerFormat format;

    @POST
    @Operation(
            operationId = "validate",
            summary = "Validate a licensee: every module of the product, evaluated and signed")
    @APIResponse(
            responseCode = "200",
            description = "The evaluated state of every module, signed in the Licensing-Signature header",
            content = @Content(schema = @Schema(ref = "ValidationAnswer")))
    public Response validate(
            @PathParam("licenseeNumber") String licenseeNumber,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid ValidationRequest request) {
        RenderedAnswer answer = RetryOnConflict.run(
                "validation of " + licenseeNumber,
                () -> broker.validate(licenseeNumber, request, idempotencyKey, format));
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(JsonAnswerFormat.HEADER, answer.signature())
                .build();
    }
}
