package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Fields;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

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
        String charset = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new WebApplicationException(ProblemResponses.problem(
                            Response.Status.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-charset",
                            "Unsupported character set",
                            "JSON bodies are UTF-8 (RFC 8259); send charset=utf-8 or no charset")
                    .build());
        }
        byte[] body = context.getInputStream().readAllBytes();
        Optional<Refusal> refusal = refusalOf(body);
        if (refusal.isPresent()) {
            Map<String, String> fields = refusal.get().field() == null
                    ? Map.of()
                    : Map.of(refusal.get().field(), refusal.get().detail());
            throw new WebApplicationException(ProblemResponses.problem(
                            Response.Status.BAD_REQUEST,
                            "malformed-json",
                            "Malformed request body",
                            refusal.get().detail(),
                            fields)
                    .build());
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

    /**
     * What is wrong with the body, if it is not exactly one JSON object of UTF-8 text made of whole characters
     * (no NUL, no lone surrogate). The text is decoded strictly before parsing: the runtime's parser guesses the
     * encoding of a byte stream, fails on bodies shorter than four bytes, and would read broken UTF-8 as
     * replacement characters.
     */
    static Optional<Refusal> refusalOf(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return Refusal.of("the request body is not valid UTF-8");
        }
        if (text.isBlank()) {
            return Refusal.of("the request body is empty: send a JSON object");
        }
        if (text.charAt(0) == '\uFEFF') {
            return Refusal.of("the request body starts with a byte order mark, which JSON does not allow");
        }
        try (JsonParser parser = JsonFactories.PARSERS.createParser(new StringReader(text))) {
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
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            return Refusal.of("the request body is not valid JSON");
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads to the end of the object just opened. Counted by hand: the runtime's skipObject spins forever
     * on a body that ends inside the object, and the depth limit spares the binder deeply nested input.
     * Text with a NUL character is refused here for every member at once: PostgreSQL cannot store it; so is text
     * with a lone UTF-16 surrogate, which no database stores as it was sent. The refusal names the member that
     * holds the text by its path ({@code modules.M1.sessionId}); a member name that is such text is not repeated,
     * the object holding it is named instead ("body" at the top).
     */
    private static Optional<Refusal> readNested(JsonParser parser) {
        // names.get(level): the member being read at that level of nesting, null in an array
        List<String> names = new ArrayList<>();
        names.add(null);
        while (!names.isEmpty()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                names.add(null);
                if (names.size() > MAX_DEPTH) {
                    return Refusal.of("the request body nests deeper than " + MAX_DEPTH + " levels");
                }
            } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                names.remove(names.size() - 1);
            } else if (event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.VALUE_STRING) {
                String text = parser.getString();
                String problem = !Fields.storable(text)
                        ? Fields.UNSTORABLE
                        : hasLoneSurrogate(text)
                                ? "text must be whole characters: a lone UTF-16 surrogate is not one"
                                : null;
                boolean name = event == JsonParser.Event.KEY_NAME;
                if (problem != null) {
                    String path = path(names.subList(0, name ? names.size() - 1 : names.size()));
                    return Optional.of(new Refusal(problem, path.isEmpty() ? "body" : path));
                }
                if (name) {
                    names.set(names.size() - 1, text);
                }
            }
        }
        return Optional.empty();
    }

    private static String path(List<String> names) {
        return names.stream().filter(Objects::nonNull).collect(Collectors.joining("."));
    }
}
