package com.appconda.licensing.verifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified offline license: who it is for, until when it holds, and each module's answer as the
 * Broker gave it (same field names as the online answer: {@code valid}, {@code warningLevel},
 * {@code expires}, {@code remainingQuantity}, ...). Only {@link LicenseVerifier} creates one.
 *
 * <p>A module is valid at an instant when the Broker answered it valid, its own end ({@code validUntil}: a
 * subscription's or a trial's end, for instance) has not come, and the file has not expired: a one-day
 * subscription in a 30-day file holds for one day. Validity is decided at the instant asked, never from the stored
 * flag alone.
 */
public final class OfflineLicense {

    public static final String FORMAT = "applicensing-offline-license/1";

    private final Map<String, Object> fields;
    private final Instant verifiedAt;

    OfflineLicense(Map<String, Object> fields, Instant verifiedAt) {
        this.fields = Map.copyOf(fields);
        this.verifiedAt = verifiedAt;
    }

    /** The instant the file was verified for, which {@link #isValid(String)} decides at. */
    public Instant verifiedAt() {
        return verifiedAt;
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

    /** Whether the module is valid at the instant the file was verified for; false for a module it does not name. */
    public boolean isValid(String productModuleNumber) {
        return isValid(productModuleNumber, verifiedAt);
    }

    /**
     * Whether the module is valid at {@code at}: answered valid, before its own end and before the file expires.
     * False for a module the file does not name. An instant before the file was issued is not refused: a
     * customer's clock a few minutes behind the server's must not fail a file just downloaded.
     */
    public boolean isValid(String productModuleNumber, Instant at) {
        return validUntil(productModuleNumber).map(at::isBefore).orElse(false);
    }

    /**
     * Until when the module holds: the earlier of its own end and the file's expiry; empty for a module the file
     * does not name or that the Broker answered invalid.
     */
    public Optional<Instant> validUntil(String productModuleNumber) {
        return module(productModuleNumber)
                .filter(m -> Boolean.TRUE.equals(m.get("valid")))
                .map(m -> m.get("validUntil") instanceof String end
                        ? earlier(Instant.parse(end), expiresAt())
                        : expiresAt());
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /** Every field of the signed payload. */
    public Map<String, Object> fields() {
        return fields;
    }
}
