package com.appconda.licensing.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures on API payloads answer 400 naming each offending field. */
@LicensingApi
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemResponses.problem(
                        Response.Status.BAD_REQUEST,
                        "invalid-input",
                        "The request has invalid values",
                        "fix the fields listed in 'fields'",
                        fields(exception.getConstraintViolations()))
                .build();
    }

    /** Each offending field and what is wrong with it, for the API's problem and the console's form alike. */
    public static Map<String, String> fields(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : violations) {
            fields.merge(fieldName(violation), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return fields;
    }

    /** {@code create.arg0.name} or {@code create.request.name} becomes {@code name}. */
    static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] nodes = path.split("\\.");
        return nodes.length >= 3
                ? String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length))
                : nodes[nodes.length - 1];
    }
}
