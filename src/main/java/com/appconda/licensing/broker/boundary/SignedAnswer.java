package com.appconda.licensing.broker.boundary;

/**
 * An answer as sent: the JSON text and its detached signature, in the form of the
 * {@value #HEADER} header: {@code keyId="…", algorithm="Ed25519", signature="…"} (base64url).
 */
public record SignedAnswer(String body, String signature) {

    public static final String HEADER = "Licensing-Signature";

    static SignedAnswer of(String body, String keyId, String signature) {
        return new SignedAnswer(body, "keyId=\"" + keyId + "\", algorithm=\"Ed25519\", signature=\"" + signature + "\"");
    }
}
