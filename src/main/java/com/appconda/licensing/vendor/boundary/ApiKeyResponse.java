package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.ApiKey;
import java.time.Instant;

/**
 * An API key as listed. {@code secret} is present only in the answer to its creation: it is not
 * stored and cannot be shown again.
 */
public record ApiKeyResponse(
        String number,
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
