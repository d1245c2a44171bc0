package com.appconda.licensing.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON-B as the API wants it: strict about types. By default JSON-B quietly turns {@code "yes"} into
 * {@code false} and {@code 12} into {@code "12"}; a licensing API must not guess what a caller meant,
 * so a value of the wrong JSON type is refused, and so is a member the request does not have; the refusal names
 * the property.
 */
@LicensingApi
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /**
     * Yasson's switch (Payara's and WildFly's JSON-B) that refuses a member the target class lacks: a mistyped
     * {@code "dryrun"} must not turn a dry run into a real checkout.
     */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(
                    new Text(),
                    new Flag(),
                    new WholeNumber(),
                    new LongNumber(),
                    new Decimal(),
                    new Timestamp(),
                    new TextMap()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** The current value, if it is of one of the expected JSON types (the runtime's parser only offers getValue). */
    private static JsonValue expect(JsonParser parser, String description, JsonValue.ValueType... types) {
        JsonValue value = parser.getValue();
        for (JsonValue.ValueType type : types) {
            if (value.getValueType() == type) {
                return value;
            }
        }
        throw new JsonbException("expected " + description);
    }

    private static BigDecimal integral(JsonParser parser, long max) {
        JsonNumber number = (JsonNumber) expect(parser, "a whole number", JsonValue.ValueType.NUMBER);
        BigDecimal value = number.bigDecimalValue();
        if (!number.isIntegral() || value.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new JsonbException("expected a whole number up to " + max);
        }
        return value;
    }

    /** Strings only from JSON strings. */
    public static class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return ((JsonString) expect(parser, "a string", JsonValue.ValueType.STRING)).getString();
        }
    }

    /** Booleans only from true and false. */
    public static class Flag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return expect(parser, "true or false", JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE)
                    == JsonValue.TRUE;
        }
    }

    /** Integers only from integral JSON numbers in range. */
    public static class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return integral(parser, Integer.MAX_VALUE).intValue();
        }
    }

    /** Longs only from integral JSON numbers in range. */
    public static class LongNumber implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return integral(parser, Long.MAX_VALUE).longValue();
        }
    }

    /**
     * Amounts only from JSON numbers the database stores exactly (NUMERIC(19, 4)): at most 4 decimals
     * and below 10^15. Rounding an amount silently would change a price the vendor saw accepted.
     */
    public static class Decimal implements JsonbDeserializer<BigDecimal> {
        private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            String expected = "a number with at most 4 decimals, below 10^15";
            JsonNumber number = (JsonNumber) expect(parser, expected, JsonValue.ValueType.NUMBER);
            String text = number.toString();
            if (text.length() > 40) {
                throw new JsonbException("expected " + expected);
            }
            BigDecimal value = new BigDecimal(text);
            if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
                throw new JsonbException("expected " + expected);
            }
            return value;
        }
    }

    /** Instants only from ISO-8601 strings in UTC or with an offset. */
    public static class Timestamp implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value =
                    expect(parser, "an ISO-8601 instant such as 2026-01-31T23:59:59Z", JsonValue.ValueType.STRING);
            try {
                OffsetDateTime parsed = OffsetDateTime.parse(((JsonString) value).getString());
                // Years a SQL TIMESTAMP holds on H2 and PostgreSQL alike; beyond them a date cannot be read back.
                if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                    throw new JsonbException("expected an instant between the years 1 and 9999");
                }
                return parsed.toInstant();
            } catch (DateTimeParseException e) {
                throw new JsonbException("expected an ISO-8601 instant such as 2026-01-31T23:59:59Z");
            }
        }
    }

    /**
     * Maps of strings (properties) only from JSON objects of strings: JSON-B also reads an array as a map, {@code []}
     * as an empty one and {@code [{"key": k, "value": v}]} as one entry. The runtime keeps one deserializer per raw
     * type, so this one, registered for every {@code Map<String, String>}, is the only map deserializer registered;
     * other maps name theirs with {@code @JsonbTypeDeserializer} ({@link ObjectMap}).
     */
    public static class TextMap implements JsonbDeserializer<Map<String, String>> {
        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = expect(parser, "an object of strings", JsonValue.ValueType.OBJECT);
            Map<String, String> map = new LinkedHashMap<>();
            value.asJsonObject().forEach((name, member) -> {
                if (member.getValueType() != JsonValue.ValueType.STRING) {
                    throw new JsonbException("expected an object of strings");
                }
                map.put(name, ((JsonString) member).getString());
            });
            return map;
        }
    }

    /** Maps of anything (a validation's modules) only from JSON objects, each value as JSON-B gives an Object. */
    public static class ObjectMap implements JsonbDeserializer<Map<String, Object>> {
        @Override
        public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = expect(parser, "an object", JsonValue.ValueType.OBJECT);
            Map<String, Object> map = new LinkedHashMap<>();
            value.asJsonObject().forEach((name, member) -> map.put(name, plain(member)));
            return map;
        }

        /** A JSON value as JSON-B gives it for {@code Object}: String, BigDecimal, Boolean, Map, List or null. */
        private static Object plain(JsonValue value) {
            return switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                case ARRAY -> value.asJsonArray().stream().map(ObjectMap::plain).toList();
                case OBJECT -> {
                    Map<String, Object> members = new LinkedHashMap<>();
                    value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
                    yield members;
                }
            };
        }
    }
}
