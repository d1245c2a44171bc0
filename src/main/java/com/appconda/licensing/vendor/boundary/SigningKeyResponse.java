package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.SigningKey;
import java.time.Instant;

/**
 * A published signing key: its id (named in every signature), the Ed25519 public key as base64
 * X.509, and whether it still signs ({@code current}) or only verifies what it signed before.
 */
public record SigningKeyResponse(
        String keyId, String algorithm, String publicKey, Instant createdAt, Instant retiredAt, boolean current) {

    public static SigningKeyResponse from(SigningKey key) {
        return new SigningKeyResponse(
                key.getKeyId(), "Ed25519", key.getPublicKey(), key.getCreatedAt(), key.getRetiredAt(), key.isCurrent());
    }
}
