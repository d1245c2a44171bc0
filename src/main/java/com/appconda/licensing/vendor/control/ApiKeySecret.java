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

    /** How many characters after the prefix a list shows: enough to tell keys apart, 36 bits of 256. */
    static final int HINT_LENGTH = 6;

    /** The start of the secret as lists show it, {@code alk_jCBTQx…}. */
    public static String hint(String secret) {
        return secret.substring(0, PREFIX.length() + HINT_LENGTH) + "…";
    }

    /** What is stored and looked up: the secret never is. */
    public static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
