package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.ApiKey;
import java.time.Instant;

/**
 * An API key as listed. {@code secret} is present only in the answer to its creation: it is not
 * stored and cannot be shown again. {@code secretHint} is its start ({@code alk_jCBTQx…}), to tell keys apart;
 * absent for keys created before hints were kept.
 */
public record ApiKeyResponse(
        String number,
        String secretHint,
        String role,
        String description,
        String licenseeNumber,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean usable,
        String secret) {

    public static ApiKeyResponse from(ApiKey key, Instant now, String secret) {
        return new ApiKeyResponse(
                key.getNumber(),
                key.getSecretHint(),
                key.getRole().name(),
                key.getDescription(),
                key.getLicenseeNumber(),
                key.getCreatedAt(),
                key.getLastUsedAt(),
                key.getRevokedAt(),
                key.isUsableAt(now),
                secret);
    }
}
