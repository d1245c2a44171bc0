package com.appconda.licensing.platform.boundary;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Every JSON body of this API is exactly one object. The JSON-B runtime is lenient about the rest:
 * it binds the first of two concatenated documents and ignores the second, and reads an array of one
 * object as that object, so a caller's mistake would be half-applied instead of refused. This reads
 * the body once with the streaming parser before binding it.
 */
@Provider
public class SingleJsonObject implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        Optional<String> problem = body.length == 0 ? Optional.empty() : problemWith(body);
        if (problem.isPresent()) {
            throw new WebApplicationException(ProblemResponses.problem(Response.Status.BAD_REQUEST, "malformed-json",
                    "Malformed request body", problem.get(), Map.of()).build());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** What is wrong with the body, if it is not exactly one JSON object. */
    static Optional<String> problemWith(byte[] body) {
        try (JsonParser parser = JsonFactories.PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.of("the request body must be a JSON object");
            }
            if (!skipNested(parser)) {
                return Optional.of("the request body nests deeper than " + MAX_DEPTH + " levels");
            }
            if (parser.hasNext()) {
                return Optional.of("the request body must hold one JSON object and nothing after it");
            }
            return Optional.empty();
        } catch (JsonParsingException | NoSuchElementException e) {
            return Optional.of("the request body is not valid JSON");
        }
    }

    /**
     * Reads to the end of the object just opened; false when it nests too deep. Counted by hand: the
     * runtime's skipObject spins forever on a body that ends inside the object, and the depth limit
     * spares the binder deeply nested input.
     */
    private static boolean skipNested(JsonParser parser) {
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                if (++depth > MAX_DEPTH) {
                    return false;
                }
            } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                depth--;
            }
        }
        return true;
    }
}
