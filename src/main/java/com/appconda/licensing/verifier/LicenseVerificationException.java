package com.appconda.licensing.verifier;

/** A license file or answer that must not be trusted: tampered, signed by an unknown key, malformed or expired. */
public class LicenseVerificationException extends Exception {

    public LicenseVerificationException(String message) {
        super(message);
    }

    public LicenseVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
