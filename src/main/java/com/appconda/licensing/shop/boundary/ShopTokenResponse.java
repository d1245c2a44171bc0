package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.shop.entity.ShopToken;
import java.time.Instant;
import java.util.List;

/**
 * A shop token as the API shows it. {@code shopUrl} holds the secret and is in the answer that created the token
 * only: the server keeps a hash of it, never the secret.
 */
public record ShopTokenResponse(
        String number,
        String tokenType,
        String licenseeNumber,
        boolean active,
        String shopUrl,
        String successUrl,
        String cancelUrl,
        List<String> licenseTemplateNumbers,
        Instant createdAt,
        Instant expiresAt) {

    static ShopTokenResponse from(ShopToken token, String shopUrl) {
        return new ShopTokenResponse(
                token.getNumber(),
                token.getTokenType().name(),
                token.getLicensee().getNumber(),
                token.isActive(),
                shopUrl,
                token.getSuccessUrl(),
                token.getCancelUrl(),
                token.getPreselected(),
                token.getCreatedAt(),
                token.getExpiresAt());
    }
}
