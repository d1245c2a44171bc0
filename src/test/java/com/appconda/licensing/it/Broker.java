package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the Broker ({@code POST licensees/{number}/validate}) for one product and reads its answer.
 * Module parameters are given per module number: {@code params("M1", "sessionId", "s1")}.
 */
public final class Broker {

    private final Api api;
    private final String productNumber;

    public Broker(Api api, String productNumber) {
        this.api = api;
        this.productNumber = productNumber;
    }

    /** One module's parameters as a request fragment. */
    public static Map<String, Object> params(String moduleNumber, Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Map.of(moduleNumber, parameters);
    }

    public Reply validate(String licenseeNumber, Object... extra) {
        return api.post(
                "licensees/" + licenseeNumber + "/validate",
                Json.with(Json.object("productNumber", productNumber), extra));
    }

    /** The answer of a validation that must succeed as a call (200), whatever its verdict. */
    public JsonObject answer(String licenseeNumber, Object... extra) {
        return validate(licenseeNumber, extra).ok();
    }

    /** The one module of an answer with this number. */
    public static JsonObject module(JsonObject answer, String moduleNumber) {
        return answer.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("productModuleNumber").equals(moduleNumber))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module " + moduleNumber + " in " + answer));
    }

    /** The codes of a module's reasons. */
    public static List<String> reasons(JsonObject module) {
        return module.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("code"))
                .toList();
    }

    /** A validation with an Idempotency-Key header. */
    public Reply validateIdempotently(String licenseeNumber, String key, Object... extra) {
        String body =
                Json.with(Json.object("productNumber", productNumber), extra).toString();
        return api.sendWithHeader("POST", "licensees/" + licenseeNumber + "/validate", body, "Idempotency-Key", key);
    }

    static void assertSigned(Reply reply) {
        assertThat(reply.header("Licensing-Signature"))
                .as(reply.describe())
                .matches("keyId=\"[^\"]+\", algorithm=\"Ed25519\", signature=\"[A-Za-z0-9_-]+\"");
    }
}
