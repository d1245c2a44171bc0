package com.appconda.licensing.platform.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fast digests for high-entropy secrets, cache keys and request fingerprints; never for passwords. */
public final class Hashes {

    private Hashes() {}

    /** SHA-256 of the text's UTF-8 bytes as 64 lower-case hex digits. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
