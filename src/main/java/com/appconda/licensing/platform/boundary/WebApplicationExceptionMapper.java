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
        String detail = status.getStatusCode() == 400
                ? "the request body is not valid JSON of the expected shape"
                : status.getReasonPhrase();
        Response.ResponseBuilder problem =
                ProblemResponses.problem(status, slug(status), status.getReasonPhrase(), detail);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
