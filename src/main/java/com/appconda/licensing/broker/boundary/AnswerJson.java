package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.Reason;
import com.appconda.licensing.platform.boundary.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a validation answer as JSON text. The text is what gets signed, byte for byte, so it is
 * written once here and sent as it is; verifiers check the bytes they received, with no
 * canonicalisation to get wrong. Each module's model fields sit beside the common ones, as in
 * NetLicensing's ProductModuleValidation, and its lists (per device, feature or SKU) are arrays.
 */
final class AnswerJson {

    /** Who and what an answer is about, and until when it may be trusted. */
    record Header(String vendorNumber, String licenseeNumber, String productNumber, Instant issuedAt,
            Instant ttl, String nonce, boolean dryRun) {
    }

    private AnswerJson() {
    }

    static String write(Header header, List<Evaluation> evaluations, Map<String, Object> extra) {
        JsonObjectBuilder answer = JsonFactories.BUILDERS.createObjectBuilder()
                .add("vendorNumber", header.vendorNumber())
                .add("licenseeNumber", header.licenseeNumber())
                .add("productNumber", header.productNumber())
                .add("issuedAt", header.issuedAt().toString())
                .add("ttl", header.ttl().toString())
                .add("nonce", header.nonce())
                .add("dryRun", header.dryRun())
                .add("valid", evaluations.stream().allMatch(evaluation -> evaluation.verdict().valid()));
        extra.forEach((name, value) -> add(answer, name, value));
        JsonArrayBuilder modules = JsonFactories.BUILDERS.createArrayBuilder();
        evaluations.forEach(evaluation -> modules.add(module(evaluation.verdict())));
        return answer.add("modules", modules).build().toString();
    }

    private static JsonObjectBuilder module(ModuleVerdict verdict) {
        JsonObjectBuilder module = JsonFactories.BUILDERS.createObjectBuilder()
                .add("productModuleNumber", verdict.moduleNumber())
                .add("productModuleName", verdict.moduleName())
                .add("licensingModel", verdict.licensingModel())
                .add("valid", verdict.valid())
                .add("warningLevel", verdict.warningLevel().name());
        JsonArrayBuilder reasons = JsonFactories.BUILDERS.createArrayBuilder();
        for (Reason reason : verdict.reasons()) {
            reasons.add(JsonFactories.BUILDERS.createObjectBuilder().add("code", reason.code()).add("message", reason.message()));
        }
        module.add("reasons", reasons);
        verdict.fields().forEach((name, value) -> add(module, name, value));
        verdict.lists().forEach((name, items) -> add(module, name, items));
        return module;
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean flag) {
            object.add(name, flag);
        } else if (value instanceof Integer || value instanceof Long) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal || value instanceof Number) {
            object.add(name, new BigDecimal(value.toString()));
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder nested = JsonFactories.BUILDERS.createObjectBuilder();
            map.forEach((key, item) -> add(nested, String.valueOf(key), item));
            object.add(name, nested);
        } else if (value instanceof Collection<?> items) {
            object.add(name, array(items));
        } else {
            object.add(name, value.toString());
        }
    }

    private static JsonArrayBuilder array(Collection<?> items) {
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        for (Object item : items) {
            JsonObjectBuilder holder = JsonFactories.BUILDERS.createObjectBuilder();
            add(holder, "v", item);
            array.add(holder.build().get("v"));
        }
        return array;
    }
}
