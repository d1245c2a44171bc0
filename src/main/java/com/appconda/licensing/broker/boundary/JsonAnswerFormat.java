package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.Reason;
import com.appconda.licensing.platform.boundary.JsonFactories;
import com.appconda.licensing.vendor.control.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code /api/v1} answer: JSON text signed byte for byte, with the signature in the {@value #HEADER} header
 * ({@code keyId="…", algorithm="Ed25519", signature="…"}, base64url). Verifiers check the bytes they received,
 * with no canonicalisation to get wrong. Each module's model fields sit beside the common ones, as in
 * NetLicensing's ProductModuleValidation, and its lists (per device, feature or SKU) are arrays.
 */
@ApplicationScoped
public class JsonAnswerFormat implements AnswerFormat {

    public static final String HEADER = "Licensing-Signature";

    @Override
    public String name() {
        return "api-v1-json";
    }

    @Override
    public RenderedAnswer render(ValidationAnswer answer, AnswerSigning signing) {
        String body = write(answer, Map.of(), false);
        return new RenderedAnswer(body, header(signing.sign(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** The value of the {@value #HEADER} header for a signature. */
    static String header(SigningKeys.Signed signed) {
        return "keyId=\"" + signed.keyId() + "\", algorithm=\"" + SigningKeys.ALGORITHM + "\", signature=\""
                + signed.signature() + "\"";
    }

    /**
     * The answer's JSON text, with {@code extra} top-level members after the common ones. With {@code moduleEnds}
     * each valid module also tells until when it holds ({@code validUntil}: the instant its answer would change,
     * such as a subscription's or a trial's end; absent when it has none of its own), which an offline file needs,
     * since nobody asks the Broker again before the file expires. Online, the answer's {@code ttl} does that job.
     */
    static String write(ValidationAnswer answer, Map<String, Object> extra, boolean moduleEnds) {
        JsonObjectBuilder json = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("vendorNumber", answer.vendorNumber())
                .add("licenseeNumber", answer.licenseeNumber())
                .add("productNumber", answer.productNumber())
                .add("issuedAt", answer.issuedAt().toString())
                .add("ttl", answer.ttl().toString())
                .add("nonce", answer.nonce())
                .add("dryRun", answer.dryRun())
                .add("valid", answer.valid());
        extra.forEach((name, value) -> add(json, name, value));
        JsonArrayBuilder modules = JsonFactories.BUILDERS.createArrayBuilder();
        answer.modules().forEach(verdict -> modules.add(module(verdict, moduleEnds)));
        return json.add("modules", modules).build().toString();
    }

    private static JsonObjectBuilder module(ModuleVerdict verdict, boolean withEnd) {
        JsonObjectBuilder module = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("productModuleNumber", verdict.moduleNumber())
                .add("productModuleName", verdict.moduleName())
                .add("licensingModel", verdict.licensingModel())
                .add("valid", verdict.valid())
                .add("warningLevel", verdict.warningLevel().name());
        if (withEnd && verdict.valid() && verdict.validUntil() != null) {
            module.add("validUntil", verdict.validUntil().toString());
        }
        JsonArrayBuilder reasons = JsonFactories.BUILDERS.createArrayBuilder();
        for (Reason reason : verdict.reasons()) {
            reasons.add(JsonFactories.BUILDERS
                    .createObjectBuilder()
                    .add("code", reason.code())
                    .add("message", reason.message()));
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
