package com.appconda.licensing.it;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Request bodies written compactly: {@code Json.object("name", "App", "active", true)}. */
public final class Json {

    private Json() {}

    /** An object from name/value pairs; a null value is sent as JSON null. */
    public static JsonObject object(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add((String) pairs[i], value(pairs[i + 1]));
        }
        return builder.build();
    }

    public static JsonValue array(Object... items) {
        JsonArrayBuilder builder = jakarta.json.Json.createArrayBuilder();
        for (Object item : items) {
            builder.add(value(item));
        }
        return builder.build();
    }

    /** {@code base} with some members replaced or added. */
    public static JsonObject with(JsonObject base, Object... pairs) {
        return merge(base, object(pairs));
    }

    /** {@code base} with the members of {@code changes} replacing or added to its own. */
    public static JsonObject merge(JsonObject base, JsonObject changes) {
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder(base);
        changes.forEach(builder::add);
        return builder.build();
    }

    /** {@code base} without these members. */
    public static JsonObject without(JsonObject base, String... names) {
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder(base);
        for (String name : names) {
            builder.remove(name);
        }
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return jakarta.json.Json.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return jakarta.json.Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return jakarta.json.Json.createValue(decimal);
        }
        if (value instanceof BigInteger integer) {
            return jakarta.json.Json.createValue(integer);
        }
        if (value instanceof Double real) {
            return jakarta.json.Json.createValue(real);
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
            ((Map<String, Object>) map).forEach((name, member) -> builder.add(name, value(member)));
            return builder.build();
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
}
