package com.appconda.licensing.usage.control;

import com.appconda.licensing.usage.entity.Usage;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** A set-aside usage event as one JSON line: every field of the event, when and why it was set aside. */
final class DeadLetterJson {

    private DeadLetterJson() {}

    static String line(Usage event, String reason, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("setAsideAt", now.toString())
                .add("reason", reason)
                .add("vendorId", event.vendorId())
                .add("occurredAt", event.occurredAt().toString())
                .add("productNumber", event.productNumber())
                .add("moduleNumber", event.moduleNumber())
                .add("licenseeNumber", event.licenseeNumber())
                .add("licensingModel", event.licensingModel())
                .add("valid", event.valid())
                .add("quantity", event.quantity())
                .add("opensValidation", event.opensValidation());
        if (event.sessionId() != null) {
            json.add("sessionId", event.sessionId());
        }
        if (event.held() != null) {
            json.add("held", event.held());
        }
        if (event.allowed() != null) {
            json.add("allowed", event.allowed());
        }
        if (event.nodeKey() != null) {
            json.add("nodeKey", event.nodeKey());
        }
        if (event.units() != null) {
            json.add("units", event.units());
        }
        return json.build().toString();
    }
}
