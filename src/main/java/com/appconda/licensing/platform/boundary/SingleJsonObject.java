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
@LicensingApi
@Provider
public class SingleJsonObject implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        Optional<Refusal> refusal = body.length == 0 ? Optional.empty() : refusalOf(body);
        if (refusal.isPresent()) {
            Map<String, String> fields = refusal.get().field() == null ? Map.of()
                    : Map.of(refusal.get().field(), refusal.get().detail());
            throw new WebApplicationException(ProblemResponses.problem(Response.Status.BAD_REQUEST, "malformed-json",
                    "Malformed request body", refusal.get().detail(), fields).build());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Why a body is refused, and the member it concerns when there is one. */
    record Refusal(String detail, String field) {
        static Optional<Refusal> of(String detail) {
            return Optional.of(new Refusal(detail, null));
        }
    }

    /** What is wrong with the body, if it is not exactly one JSON object of NUL-free text. */
    static Optional<Refusal> refusalOf(byte[] body) {
        try (JsonParser parser = JsonFactories.PARSERS.createParser(new ByteArrayInputStream(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return Refusal.of("the request body must be a JSON object");
            }
            Optional<Refusal> inside = readNested(parser);
            if (inside.isPresent()) {
                return inside;
            }
            if (parser.hasNext()) {
                return Refusal.of("the request body must hold one JSON object and nothing after it");
            }
            return Optional.empty();
        } catch (JsonParsingException | NoSuchElementException e) {
            return Refusal.of("the request body is not valid JSON");
        }
    }

    /**
     * Reads to the end of the object just opened. Counted by hand: the runtime's skipObject spins forever
     * on a body that ends inside the object, and the depth limit spares the binder deeply nested input.
     * Text with a NUL character is refused here for every member at once: PostgreSQL cannot store it.
     */
    private static Optional<Refusal> readNested(JsonParser parser) {
        int depth = 1;
        String member = null;
        while (depth > 0) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                if (++depth > MAX_DEPTH) {
                    return Refusal.of("the request body nests deeper than " + MAX_DEPTH + " levels");
                }
            } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                depth--;
            } else if (event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.VALUE_STRING) {
                String text = parser.getString();
                if (event == JsonParser.Event.KEY_NAME && depth == 1) {
                    member = text;
                }
                if (text.indexOf('\u0000') >= 0) {
                    return Optional.of(new Refusal("text must not contain the NUL character",
                            member == null ? "body" : member));
                }
            }
        }
        return Optional.empty();
    }
}
