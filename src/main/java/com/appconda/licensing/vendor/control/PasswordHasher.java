package com.appconda.licensing.vendor.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes in a self-describing format ({@code pbkdf2-sha512$iterations$salt$hash}), so the
 * work factor can be raised without breaking stored hashes. New hashes are PBKDF2-HMAC-SHA512 with 210,000
 * iterations, OWASP's 2023 figure for it. Hashes of the earlier format (PBKDF2-HMAC-SHA256 with 210,000 iterations,
 * below OWASP's 600,000 for SHA-256) still verify, and {@link #isOutdated} tells the login to replace them.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    private static final String CURRENT = "pbkdf2-sha512";
    private static final Map<String, String> ALGORITHMS =
            Map.of(CURRENT, "PBKDF2WithHmacSHA512", "pbkdf2-sha256", "PBKDF2WithHmacSHA256");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    /**
     * Whether a password may be set: no control characters. PBKDF2 keys its HMAC with the password, and HMAC pads a
     * key shorter than its block with zero bytes, so "secret" and "secret\0" would derive the same hash; refusing
     * control characters in passwords (and {@link #matches} refusing them in attempts) closes that equivalence.
     */
    public static boolean isAcceptable(String password) {
        return password != null && password.chars().noneMatch(Character::isISOControl);
    }

    public static String hash(String password) {
        if (!isAcceptable(password)) {
            throw new IllegalArgumentException("a password holds no control characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(ITERATIONS, salt, derive(CURRENT, password, salt, ITERATIONS));
    }

    /** Compares in constant time; a malformed stored hash never matches, nor does an attempt {@link #isAcceptable} refuses. */
    public static boolean matches(String password, String stored) {
        if (!isAcceptable(password)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHMS.containsKey(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(parts[0], password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether a stored hash is of an older algorithm or work factor than {@link #hash} makes today. */
    public static boolean isOutdated(String stored) {
        return !stored.startsWith(CURRENT + "$" + ITERATIONS + "$");
    }

    private static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return CURRENT + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] derive(String format, String password, byte[] salt, int iterations) {
        String algorithm = ALGORITHMS.get(format);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
