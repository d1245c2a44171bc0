package com.appconda.licensing.vendor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a vendor's Ed25519 key pairs. The newest key that is not retired signs; retired keys stay
 * published, so that answers and offline files they signed verify until they expire, and vendor
 * software can rotate without being re-shipped. The private key is stored only encrypted.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_seq")
    @SequenceGenerator(name = "state_seq", sequenceName = "state_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "key_id", nullable = false, unique = true, updatable = false, length = 64)
    private String keyId;

    @Column(name = "public_key", nullable = false, updatable = false, length = 200)
    private String publicKey;

    /** Changes only when the master key is rotated: the same private key, sealed under the new master key. */
    @Column(name = "encrypted_private_key", nullable = false, length = 400)
    private String encryptedPrivateKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKey() {}

    public SigningKey(long vendorId, String keyId, String publicKey, String encryptedPrivateKey, Instant createdAt) {
        this.vendorId = vendorId;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.encryptedPrivateKey = encryptedPrivateKey;
        this.createdAt = createdAt;
    }

    /** Stops signing with this key; it stays published for verification. Retiring twice keeps the first instant. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    /** The same private key sealed under another master key (a master key rotation). */
    public void reseal(String encryptedUnderNewMasterKey) {
        this.encryptedPrivateKey = encryptedUnderNewMasterKey;
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getKeyId() {
        return keyId;
    }

    /** Base64 of the X.509 SubjectPublicKeyInfo encoding, what {@code KeyFactory} reads back. */
    public String getPublicKey() {
        return publicKey;
    }

    public String getEncryptedPrivateKey() {
        return encryptedPrivateKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
