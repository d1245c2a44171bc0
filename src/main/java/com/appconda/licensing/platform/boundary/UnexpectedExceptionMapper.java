package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: finds a known cause inside wrapped exceptions (an EJB or transaction wrapper around
 * a version conflict or a constraint violation, a JSON parse error inside a provider exception) and
 * answers it properly.
 * Anything else is a bug: logged with an incident id that the 500 answer names, no stack trace sent.
 */
@LicensingApi
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Response known = known(cause);
            if (known != null) {
                return known;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return ProblemResponses.problem(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "the server failed; quote incident " + incident + " to the operator")
                .build();
    }

    private static Response known(Throwable cause) {
        if (cause instanceof LicensingException licensing) {
            return new LicensingExceptionMapper().toResponse(licensing);
        }
        if (cause instanceof OptimisticLockException) {
            return ProblemResponses.problem(
                            Response.Status.CONFLICT,
                            "concurrent-modification",
                            "Concurrent modification",
                            "the entity was changed by someone else; read it again and retry")
                    .build();
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
            return BadJson.problem(cause);
        }
        if (cause instanceof ConstraintViolationException violation) {
            return new ConstraintViolationMapper().toResponse(violation);
        }
        if (cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23")) {
            return ProblemResponses.problem(
                            Response.Status.CONFLICT,
                            "conflict",
                            "Conflict",
                            "the change conflicts with existing data (a number that was just taken?); read again and retry")
                    .build();
        }
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        return null;
    }
}
