package com.appconda.licensing.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body the way the JSON API does, without a server: the one-object check
 * ({@link SingleJsonObject}), strict JSON-B binding ({@link StrictJson}) into the resource's request record, then
 * Bean Validation of the record's constraints, each refusal with the fields the problem document would name
 * ({@link BadJson#fields}, {@link ConstraintViolationMapper#fields}). The facade's own checks come after this.
 */
public final class RequestBodies {

    private static final Jsonb JSONB = new StrictJson().getContext(Object.class);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    /**
     * The record the body binds to, or the refusal (a 400 problem) with the fields it names and the problem's
     * detail: together, all of the answer's text that depends on the request.
     */
    public record Read<T>(T value, Map<String, String> refusal, String detail) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private RequestBodies() {}

    public static <T> Read<T> read(String body, Class<T> type) {
        return read(body.getBytes(StandardCharsets.UTF_8), type);
    }

    /** The body's bytes as they came, which need not be UTF-8: the API reads bytes, not text. */
    public static <T> Read<T> read(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            return new Read<>(null, Map.of(), "a request body is required");
        }
        Optional<SingleJsonObject.Refusal> refusal = SingleJsonObject.refusalOf(bytes);
        if (refusal.isPresent()) {
            String field = refusal.get().field();
            return new Read<>(
                    null,
                    field == null ? Map.of() : Map.of(field, refusal.get().detail()),
                    refusal.get().detail());
        }
        T value;
        try {
            value = JSONB.fromJson(new String(bytes, StandardCharsets.UTF_8), type);
        } catch (JsonbException malformed) {
            return new Read<>(null, BadJson.fields(malformed), BadJson.detail(malformed));
        }
        if (value == null) {
            return new Read<>(null, Map.of(), "a request body is required");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
        return violations.isEmpty()
                ? new Read<>(value, null, null)
                : new Read<>(null, ConstraintViolationMapper.fields(violations), "fix the fields listed in 'fields'");
    }
}
