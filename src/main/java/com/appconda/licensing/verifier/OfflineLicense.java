package com.appconda.licensing.verifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified offline license: who it is for, until when it holds, and each module's answer as the
 * Broker gave it (same field names as the online answer: {@code valid}, {@code warningLevel},
 * {@code expires}, {@code remainingQuantity}, ...). Only {@link LicenseVerifier} creates one.
 */
public final class OfflineLicense {

    public static final String FORMAT = "applicensing-offline-license/1";

    private final Map<String, Object> fields;

    OfflineLicense(Map<String, Object> fields) {
        this.fields = Map.copyOf(fields);
    }

    public String licenseeNumber() {
        return (String) fields.get("licenseeNumber");
    }

    public String productNumber() {
        return (String) fields.get("productNumber");
    }

    public String vendorNumber() {
        return (String) fields.get("vendorNumber");
    }

    public Instant issuedAt() {
        return Instant.parse((String) fields.get("issuedAt"));
    }

    public Instant expiresAt() {
        return Instant.parse((String) fields.get("expiresAt"));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> modules() {
        return (List<Map<String, Object>>) fields.getOrDefault("modules", List.of());
    }

    public Optional<Map<String, Object>> module(String productModuleNumber) {
        return modules().stream()
                .filter(m -> productModuleNumber.equals(m.get("productModuleNumber")))
                .findFirst();
    }

    /** Whether the module was valid when the file was issued; false for a module the file does not name. */
    public boolean isValid(String productModuleNumber) {
        return module(productModuleNumber)
                .map(m -> Boolean.TRUE.equals(m.get("valid")))
                .orElse(false);
    }

    /** Every field of the signed payload. */
    public Map<String, Object> fields() {
        return fields;
    }
}
