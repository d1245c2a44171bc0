package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business refusals become problem documents with the status that fits their outcome. */
@LicensingApi
@Provider
public class LicensingExceptionMapper implements ExceptionMapper<LicensingException> {

    @Override
    public Response toResponse(LicensingException exception) {
        return ProblemResponses.problem(
                        status(exception.outcome()),
                        exception.type(),
                        exception.title(),
                        exception.getMessage(),
                        exception.fields())
                .build();
    }

    static Response.StatusType status(LicensingException.Outcome outcome) {
        return switch (outcome) {
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case RULE_VIOLATION -> new UnprocessableContent();
            case UNAUTHENTICATED -> Response.Status.UNAUTHORIZED;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
    }

    /** 422, which JAX-RS 3.1 has no constant for. */
    static final class UnprocessableContent implements Response.StatusType {

        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
