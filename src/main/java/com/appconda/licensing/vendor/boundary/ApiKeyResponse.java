package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.Token;
import java.time.Instant;

/**
 * An API key as listed. {@code secret} is present only in the answer to its creation: it is not
 * stored and cannot be shown again.
 */
public record ApiKeyResponse(String number, String role, String description, String licenseeNumber,
        Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean usable, String secret) {

    public static ApiKeyResponse from(Token token, Instant now, String secret) {
        return new ApiKeyResponse(token.getNumber(), token.getRole().name(), token.getDescription(),
                token.getLicenseeNumber(), token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt(),
                token.isUsableAt(now), secret);
    }
}
