package com.appconda.licensing.vendor.entity;

import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An API key: a bearer secret that acts for a vendor with a role, optionally limited to one licensee. The
 * secret itself is shown once and stored only as its SHA-256 hash: API key secrets are 256 random bits, so a
 * fast hash is enough and keeps every API call cheap, unlike passwords, which need a slow hash.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantEntity {

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    /** The start of the secret, shown in lists so that a vendor can match a key to the secret it holds. */
    @Column(name = "secret_hint", length = 16)
    private String secretHint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(length = 200)
    private String description;

    @Column(name = "licensee_number", length = 64)
    private String licenseeNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    public ApiKey(long vendorId, String number, String secretHash, Role role, Instant createdAt) {
        super(vendorId, number);
        this.secretHash = secretHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public String getSecretHint() {
        return secretHint;
    }

    public void setSecretHint(String secretHint) {
        this.secretHint = secretHint;
    }

    /** Usable now: not revoked, not expired, not deactivated. */
    public boolean isUsableAt(Instant now) {
        return unusableBecause(now).isEmpty();
    }

    /**
     * Why the key cannot be used now, for the caller that holds its secret: "revoked", "expired" or "deactivated";
     * empty when it can. A client told apart from a mistyped key stops and falls back instead of retrying.
     */
    public Optional<String> unusableBecause(Instant now) {
        if (revokedAt != null) {
            return Optional.of("revoked");
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return Optional.of("expired");
        }
        return isActive() ? Optional.empty() : Optional.of("deactivated");
    }

    /** Revoking is final; revoking twice keeps the first instant. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Role getRole() {
        return role;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLicenseeNumber() {
        return licenseeNumber;
    }

    public void setLicenseeNumber(String licenseeNumber) {
        this.licenseeNumber = licenseeNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
