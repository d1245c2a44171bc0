package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.boundary.StrictJson;
import com.appconda.licensing.platform.entity.Length;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.util.Map;

/**
 * What vendor software sends to validate a licensee: the product (needed to auto-create a licensee),
 * optionally the licensee secret, and per module number that module's parameters under their
 * NetLicensing names ({@code sessionId}, {@code action} checkOut/checkIn, {@code usedQuantity},
 * {@code reserveQuantity}, {@code nodeSecret}). {@code dryRun} evaluates without changing anything.
 * {@code nonce}, if sent, is bound into the signed answer, so a replayed answer can be told apart.
 * {@code licenseeName} and {@code properties} describe a licensee that is created by this request.
 */
public record ValidationRequest(
        @Length(max = 64) String productNumber,
        @Length(max = 200) String licenseeName,
        @Length(max = 200) String licenseeSecret,
        Boolean dryRun,
        @Length(max = 200) String nonce,
        @JsonbTypeDeserializer(StrictJson.ObjectMap.class) Map<String, Object> modules,
        Map<String, String> properties) {

    public boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
