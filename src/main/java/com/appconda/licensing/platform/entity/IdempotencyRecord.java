package com.appconda.licensing.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The answer given to a state-changing request that carried an {@code Idempotency-Key}: a retry with
 * the same key and the same request gets this answer again instead of consuming twice. Written in
 * the same transaction as the change it answers, so either both exist or neither.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Whether a client's {@code Idempotency-Key} may name a request: 1 to {@value #MAX_KEY_LENGTH} visible ASCII
     * characters, as UUIDs and the keys other APIs hand out are. Spaces, controls and other characters are refused
     * by the application itself, since servlet containers disagree on what a header value may hold (Payara refuses
     * a control character, Undertow passes it on) and a key that differs only in invisible characters would look
     * like another client's.
     */
    public static boolean isWellFormedKey(String key) {
        return key != null
                && !key.isEmpty()
                && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /** Keys are per vendor: two vendors' clients may well pick the same key. */
    public static class Key implements Serializable {

        private long vendorId;
        private String idempotencyKey;

        public Key() {}

        public Key(long vendorId, String idempotencyKey) {
            this.vendorId = vendorId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.vendorId == vendorId
                    && java.util.Objects.equals(key.idempotencyKey, idempotencyKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(vendorId, idempotencyKey);
        }
    }

    @Id
    @Column(name = "vendor_id")
    private long vendorId;

    @Id
    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "response_body", nullable = false, length = 1_000_000)
    private String responseBody;

    @Column(length = 400)
    private String signature;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    public IdempotencyRecord(
            long vendorId,
            String idempotencyKey,
            String requestHash,
            String responseBody,
            String signature,
            Instant createdAt) {
        this.vendorId = vendorId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.responseBody = responseBody;
        this.signature = signature;
        this.createdAt = createdAt;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public String getSignature() {
        return signature;
    }
}
