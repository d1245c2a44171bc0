package com.example.probe;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The probe application's own error format: plain text that names it, so a test can tell whose mapper answered. */
@Provider
public class ProbeExceptionMapper implements ExceptionMapper<Throwable> {

    static final String MARK = "probe-mapper";

    @Override
    public Response toResponse(Throwable exception) {
        int status = exception instanceof WebApplicationException web
                ? web.getResponse().getStatus()
                : 500;
        return Response.status(status)
                .type(MediaType.TEXT_PLAIN)
                .entity(MARK + ": " + status)
                .build();
    }
}
