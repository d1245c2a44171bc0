package com.appconda.licensing.vendor.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What an {@code Authorization} header carries: an API key (Bearer, or HTTP Basic with the user {@value
 * Authenticator#API_KEY_USER}) or a vendor user's username and password (HTTP Basic). Empty for anything else.
 */
record Credentials(String username, String secret) {

    boolean isApiKey() {
        return username == null || Authenticator.API_KEY_USER.equals(username);
    }

    static Optional<Credentials> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(new Credentials(null, header.substring(7).trim()));
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim());
        }
        return Optional.empty();
    }

    private static Optional<Credentials> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
