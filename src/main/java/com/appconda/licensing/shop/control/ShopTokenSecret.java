package com.appconda.licensing.shop.control;

import com.appconda.licensing.platform.entity.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Shop token secrets: 32 random bytes, base64url, behind the prefix {@code als_} so that a leaked one is recognised
 * for what it is. Only the SHA-256 is stored: a database dump opens no shop.
 */
public final class ShopTokenSecret {

    public static final String PREFIX = "als_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShopTokenSecret() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }

    /** Whether a string can be a secret at all, so that junk never reaches the database. */
    public static boolean wellFormed(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43;
    }
}
