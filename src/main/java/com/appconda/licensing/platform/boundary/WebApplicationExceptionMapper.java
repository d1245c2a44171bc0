package com.appconda.licensing.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the JAX-RS runtime itself refuses (unknown path, wrong method or media type, a body that is
 * not JSON or not of the expected shape) also answers as a problem document, never as an HTML page.
 */
@LicensingApi
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return BadJson.problem(cause);
            }
        }
        Response original = exception.getResponse();
        if (original.hasEntity() && ProblemResponses.MEDIA_TYPE.equals(String.valueOf(original.getMediaType()))) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = detail(status);
        Response.ResponseBuilder problem =
                ProblemResponses.problem(status, slug(status), status.getReasonPhrase(), detail);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    /** What to change, where the status alone leaves a client guessing. */
    private static String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "the request body is missing or not valid JSON of the expected shape: send one JSON object";
            case 415 -> "this endpoint reads JSON: send the body with Content-Type: application/json";
            case 406 -> "this endpoint answers JSON: accept application/json (or application/problem+json)";
            default -> status.getReasonPhrase();
        };
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
