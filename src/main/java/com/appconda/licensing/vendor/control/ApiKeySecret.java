package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.entity.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API key secrets: 32 random bytes, base64url, behind a recognisable prefix ({@code alk_}) so that
 * secret scanners and people can tell what a leaked string is.
 */
public final class ApiKeySecret {

    public static final String PREFIX = "alk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecret() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored and looked up: the secret never is. */
    public static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
