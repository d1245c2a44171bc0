package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/ping}: a constant answer through the same HTTP and JAX-RS stack as the Broker, with
 * no authentication and no database. Clients use it to check they reach the server; the benchmark uses
 * it as the baseline that a validation's throughput is compared with.
 */
@LicensingApi
@Path("v1/ping")
@Tag(name = "Platform")
public class PingResource {

    private static final String PONG = "{\"status\":\"ok\"}";

    @GET
    @PublicEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "ping",
            summary = "A constant answer, for connectivity checks and as the benchmark's baseline")
    @APIResponse(
            responseCode = "200",
            description = "Always the same answer",
            content = @Content(schema = @Schema(ref = "Pong")))
    public String ping() {
        return PONG;
    }
}
