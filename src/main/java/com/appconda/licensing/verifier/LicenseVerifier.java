package com.appconda.licensing.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies what AppLicensing signs, with the vendor's public keys only: no network, no dependency
 * beyond the JDK (17+, which has Ed25519 built in). Vendor software ships the keys it trusts, as
 * published at {@code /api/v1/vendor/signing-keys} (key id and base64 X.509 key); several keys may be
 * trusted at once, so a key rotation does not invalidate files signed with the previous key.
 *
 * <ul>
 *   <li>{@link #verifyOfflineLicense}: an offline license file; refused once its {@code expiresAt} has passed.</li>
 *   <li>{@link #verifyAnswer}: an online validation answer and its {@code Licensing-Signature} header, bound
 *       to the request it answers (licensee, product, the caller's nonce); refused once its {@code ttl} has
 *       passed.</li>
 * </ul>
 */
public final class LicenseVerifier {

    private static final String ALGORITHM = "Ed25519";
    private static final Pattern HEADER_PART = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final Map<String, PublicKey> keys = new HashMap<>();

    /** Trusts these keys: key id to base64 X.509 public key. */
    public LicenseVerifier(Map<String, String> publicKeys) {
        publicKeys.forEach((keyId, encoded) -> keys.put(keyId, decodeKey(encoded)));
    }

    public static LicenseVerifier trusting(String keyId, String base64PublicKey) {
        return new LicenseVerifier(Map.of(keyId, base64PublicKey));
    }

    public OfflineLicense verifyOfflineLicense(String document, Instant now) throws LicenseVerificationException {
        Map<String, Object> envelope = object(parse(document), "license file");
        if (!OfflineLicense.FORMAT.equals(envelope.get("format"))) {
            throw new LicenseVerificationException("not an AppLicensing offline license file");
        }
        byte[] payload = decode(text(envelope, "payload"));
        verifySignature(text(envelope, "keyId"), payload, text(envelope, "signature"));
        OfflineLicense license =
                new OfflineLicense(object(parse(new String(payload, StandardCharsets.UTF_8)), "payload"), now);
        if (!now.isBefore(instant(license.fields(), "expiresAt"))) {
            throw new LicenseVerificationException("the offline license expired at " + license.expiresAt());
        }
        instant(license.fields(), "issuedAt");
        for (Map<String, Object> module : license.modules()) {
            if (module.containsKey("validUntil")) {
                instant(module, "validUntil");
            }
        }
        return license;
    }

    /**
     * What the caller asked the Broker: an answer is accepted only for this licensee, this product and this nonce
     * (the caller's own, fresh for each request), so an answer recorded earlier or given to another licensee cannot
     * be passed off as the answer to this request.
     */
    public record Request(String licenseeNumber, String productNumber, String nonce) {

        public Request {
            if (licenseeNumber == null || productNumber == null || nonce == null || nonce.isBlank()) {
                throw new IllegalArgumentException(
                        "the licensee, the product and a nonce of the caller's are required");
            }
        }
    }

    /**
     * Verifies an online answer's body against its signature header and binds it to the request it answers: the
     * signature must hold, the ttl must not have passed, and licensee, product and nonce must be the request's.
     * Returns the answer's fields.
     */
    public Map<String, Object> verifyAnswer(String body, String signatureHeader, Request request, Instant now)
            throws LicenseVerificationException {
        Map<String, Object> answer = verifyAnswerSignature(body, signatureHeader, now);
        requireSame(answer, "licenseeNumber", request.licenseeNumber());
        requireSame(answer, "productNumber", request.productNumber());
        requireSame(answer, "nonce", request.nonce());
        return answer;
    }

    /**
     * As {@link #verifyOfflineLicense(String, Instant)}, and refused when the file is for another licensee or
     * product: a file copied from another customer of the same vendor is signed just as well.
     */
    public OfflineLicense verifyOfflineLicense(
            String document, String licenseeNumber, String productNumber, Instant now)
            throws LicenseVerificationException {
        OfflineLicense license = verifyOfflineLicense(document, now);
        requireSame(license.fields(), "licenseeNumber", licenseeNumber);
        requireSame(license.fields(), "productNumber", productNumber);
        return license;
    }

    private static void requireSame(Map<String, Object> answer, String name, String expected)
            throws LicenseVerificationException {
        Object actual = answer.get(name);
        if (!expected.equals(actual)) {
            throw new LicenseVerificationException("the answer's " + name + " is '" + actual + "', not '" + expected
                    + "': it answers another request");
        }
    }

    private Map<String, Object> verifyAnswerSignature(String body, String signatureHeader, Instant now)
            throws LicenseVerificationException {
        Map<String, String> header = new HashMap<>();
        Matcher part = HEADER_PART.matcher(signatureHeader == null ? "" : signatureHeader);
        while (part.find()) {
            header.put(part.group(1), part.group(2));
        }
        if (!ALGORITHM.equals(header.get("algorithm"))) {
            throw new LicenseVerificationException("unsupported or missing signature algorithm");
        }
        verifySignature(header.get("keyId"), body.getBytes(StandardCharsets.UTF_8), header.get("signature"));
        Map<String, Object> answer = object(parse(body), "answer");
        if (!now.isBefore(instant(answer, "ttl"))) {
            throw new LicenseVerificationException("the answer is stale: its ttl has passed");
        }
        return answer;
    }

    private void verifySignature(String keyId, byte[] content, String signature) throws LicenseVerificationException {
        PublicKey key = keys.get(keyId);
        if (key == null) {
            throw new LicenseVerificationException("signed by key '" + keyId + "', which is not trusted");
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            if (signature == null || !verifier.verify(decode(signature))) {
                throw new LicenseVerificationException("the signature does not match: the content was changed");
            }
        } catch (GeneralSecurityException e) {
            throw new LicenseVerificationException("the signature cannot be checked", e);
        }
    }

    private static PublicKey decodeKey(String encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    private static Object parse(String json) throws LicenseVerificationException {
        try {
            return JsonText.parse(json);
        } catch (IllegalArgumentException e) {
            throw new LicenseVerificationException("malformed JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) throws LicenseVerificationException {
        if (!(value instanceof Map)) {
            throw new LicenseVerificationException("the " + what + " is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> object, String name) throws LicenseVerificationException {
        if (!(object.get(name) instanceof String value)) {
            throw new LicenseVerificationException("'" + name + "' is missing");
        }
        return value;
    }

    static Instant instant(Map<String, Object> object, String name) throws LicenseVerificationException {
        try {
            return Instant.parse(text(object, name));
        } catch (DateTimeParseException e) {
            throw new LicenseVerificationException("'" + name + "' is not an instant", e);
        }
    }

    private static byte[] decode(String base64url) throws LicenseVerificationException {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new LicenseVerificationException("not base64url", e);
        }
    }
}
