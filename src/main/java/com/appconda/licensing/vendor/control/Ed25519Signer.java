package com.appconda.licensing.vendor.control;

import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 signing with Bouncy Castle's RFC 8032 code: the same deterministic signature the JDK makes,
 * byte for byte, in about a sixth of the time (measured 0.09 ms against 0.5 ms per answer on this
 * project's machine, where the JDK 17 provider's arithmetic was 40 % of the Broker's CPU). Keys are
 * still made, stored and published as JDK keys, and verifiers need nothing but the JDK.
 */
final class Ed25519Signer {

    static final int SIGNATURE_BYTES = Ed25519.SIGNATURE_SIZE;

    private Ed25519Signer() {}

    /** The 32-byte private key (RFC 8032's seed) inside a JDK Ed25519 key. */
    static byte[] seedOf(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
        }
        return edKey.getBytes().get();
    }

    static byte[] sign(byte[] seed, byte[] content) {
        byte[] signature = new byte[SIGNATURE_BYTES];
        Ed25519.sign(seed, 0, content, 0, content.length, signature, 0);
        return signature;
    }
}
