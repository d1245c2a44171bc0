package com.appconda.licensing.platform.boundary;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds RFC 9457 problem documents ({@code application/problem+json}). The body is written here as
 * text, so the answer does not depend on which JSON provider the runtime picks for that media type.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://applicensing.appconda.com/problems/";

    private ProblemResponses() {}

    public static Response.ResponseBuilder problem(
            Response.StatusType status, String type, String title, String detail) {
        return problem(status, type, title, detail, Map.of());
    }

    public static Response.ResponseBuilder problem(
            Response.StatusType status, String type, String title, String detail, Map<String, String> fields) {
        JsonObjectBuilder body = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!fields.isEmpty()) {
            JsonObjectBuilder errors = JsonFactories.BUILDERS.createObjectBuilder();
            new TreeMap<>(fields).forEach(errors::add);
            body.add("fields", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
    }
}
