package com.appconda.licensing.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier against documents signed here the way the server signs them, with JDK keys only. */
class LicenseVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String PAYLOAD = "{\"vendorNumber\":\"V1\",\"licenseeNumber\":\"C1\",\"productNumber\":\"P1\","
            + "\"issuedAt\":\"2026-11-28T12:00:00Z\",\"ttl\":\"2026-11-28T12:15:00Z\","
            + "\"expiresAt\":\"2026-12-28T12:00:00Z\",\"valid\":true,"
            + "\"modules\":[{\"productModuleNumber\":\"M1\",\"licensingModel\":\"Subscription\",\"valid\":true}]}";

    private static final String ANSWER = PAYLOAD.replace("\"ttl\"", "\"nonce\":\"n-1\",\"ttl\"");
    private static final LicenseVerifier.Request ASKED = new LicenseVerifier.Request("C1", "P1", "n-1");

    private final KeyPair current = keyPair();
    private final KeyPair previous = keyPair();
    private final LicenseVerifier verifier =
            new LicenseVerifier(Map.of("K2", encoded(current), "K1", encoded(previous)));

    @Test
    void aFileSignedWithATrustedKeyIsAcceptedUntilItExpires() {
        String file = offlineFile("K2", current.getPrivate(), PAYLOAD);

        OfflineLicense license = verify(file, NOW);

        assertThat(license.licenseeNumber()).isEqualTo("C1");
        assertThat(license.expiresAt()).isEqualTo(Instant.parse("2026-12-28T12:00:00Z"));
        assertThat(license.modules())
                .singleElement()
                .satisfies(m -> assertThat(m.get("valid")).isEqualTo(true));
        assertThatThrownBy(() -> verifier.verifyOfflineLicense(file, Instant.parse("2026-12-28T12:00:00Z")))
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aModuleIsValidUntilItsOwnEndNotUntilTheFileExpires() {
        String payload = PAYLOAD.replace(
                "\"modules\":[",
                "\"modules\":[{\"productModuleNumber\":\"DAY\",\"licensingModel\":\"Subscription\",\"valid\":true,"
                        + "\"validUntil\":\"2026-11-29T12:00:00Z\"},"
                        + "{\"productModuleNumber\":\"OFF\",\"licensingModel\":\"TryAndBuy\",\"valid\":false},");
        String file = offlineFile("K2", current.getPrivate(), payload);

        OfflineLicense today = verify(file, NOW);
        assertThat(today.isValid("DAY")).isTrue();
        assertThat(today.validUntil("DAY")).contains(Instant.parse("2026-11-29T12:00:00Z"));
        assertThat(today.validUntil("M1")).as("no end of its own: the file's").contains(today.expiresAt());
        assertThat(today.isValid("OFF")).isFalse();
        assertThat(today.validUntil("OFF")).isEmpty();
        assertThat(today.isValid("NOT-IN-THE-FILE")).isFalse();

        OfflineLicense dayAfter = verify(file, Instant.parse("2026-11-29T12:00:00Z"));
        assertThat(dayAfter.verifiedAt()).isEqualTo(Instant.parse("2026-11-29T12:00:00Z"));
        assertThat(dayAfter.isValid("DAY")).as("at its end").isFalse();
        assertThat(dayAfter.isValid("M1")).isTrue();
        assertThat(today.isValid("DAY", Instant.parse("2026-11-29T11:59:59Z"))).isTrue();
        assertThat(today.isValid("M1", today.expiresAt())).isFalse();
    }

    @Test
    void aModuleEndThatIsNoInstantIsRefused() {
        String payload = PAYLOAD.replace("\"valid\":true}]", "\"valid\":true,\"validUntil\":\"tomorrow\"}]");

        assertThatThrownBy(() -> verifier.verifyOfflineLicense(offlineFile("K2", current.getPrivate(), payload), NOW))
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("validUntil");
    }

    @Test
    void aFileSignedWithThePreviousKeyStillVerifiesAfterARotation() {
        assertThat(verify(offlineFile("K1", previous.getPrivate(), PAYLOAD), NOW)
                        .productNumber())
                .isEqualTo("P1");
    }

    @Test
    void aChangedPayloadAnUnknownKeyOrAWrongKeyIdAreRefused() {
        String forged = offlineFile("K2", current.getPrivate(), PAYLOAD)
                .replace(
                        base64Url(PAYLOAD.getBytes(StandardCharsets.UTF_8)),
                        base64Url(PAYLOAD.replace("\"C1\"", "\"C2\"").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> verifier.verifyOfflineLicense(forged, NOW)).hasMessageContaining("signature");
        assertThatThrownBy(() -> verifier.verifyOfflineLicense(
                        offlineFile("K9", keyPair().getPrivate(), PAYLOAD), NOW))
                .hasMessageContaining("not trusted");
        assertThatThrownBy(() -> verifier.verifyOfflineLicense(offlineFile("K1", current.getPrivate(), PAYLOAD), NOW))
                .hasMessageContaining("signature");
    }

    @Test
    void anOnlineAnswerIsCheckedAgainstItsHeaderAndRefusedPastItsTtl() throws Exception {
        String header = "keyId=\"K2\", algorithm=\"Ed25519\", signature=\""
                + base64Url(sign(current.getPrivate(), ANSWER)) + "\"";

        assertThat(verifier.verifyAnswer(ANSWER, header, ASKED, NOW)).containsEntry("valid", true);
        assertThatThrownBy(() -> verifier.verifyAnswer(ANSWER.replace("true", "false"), header, ASKED, NOW))
                .isInstanceOf(LicenseVerificationException.class);
        assertThatThrownBy(() -> verifier.verifyAnswer(ANSWER, header, ASKED, Instant.parse("2026-11-28T12:15:00Z")))
                .hasMessageContaining("ttl");
        assertThatThrownBy(() -> verifier.verifyAnswer(ANSWER, null, ASKED, NOW))
                .hasMessageContaining("algorithm");
    }

    /** Integration finding 5: a signed answer for another licensee, or a replayed one, verified. */
    @Test
    void anAnswerToAnotherRequestIsRefusedThoughItsSignatureHolds() throws Exception {
        String header = "keyId=\"K2\", algorithm=\"Ed25519\", signature=\""
                + base64Url(sign(current.getPrivate(), ANSWER)) + "\"";

        assertThatThrownBy(() ->
                        verifier.verifyAnswer(ANSWER, header, new LicenseVerifier.Request("C2", "P1", "n-1"), NOW))
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("licenseeNumber is 'C1', not 'C2'");
        assertThatThrownBy(() ->
                        verifier.verifyAnswer(ANSWER, header, new LicenseVerifier.Request("C1", "P2", "n-1"), NOW))
                .hasMessageContaining("productNumber");
        assertThatThrownBy(() ->
                        verifier.verifyAnswer(ANSWER, header, new LicenseVerifier.Request("C1", "P1", "n-2"), NOW))
                .as("a replay: the answer to an earlier request")
                .hasMessageContaining("nonce");
        assertThatThrownBy(() -> new LicenseVerifier.Request("C1", "P1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfflineFileForAnotherLicenseeOrProductIsRefused() throws Exception {
        String file = offlineFile("K2", current.getPrivate(), PAYLOAD);

        assertThat(verifier.verifyOfflineLicense(file, "C1", "P1", NOW).licenseeNumber())
                .isEqualTo("C1");
        assertThatThrownBy(() -> verifier.verifyOfflineLicense(file, "C2", "P1", NOW))
                .hasMessageContaining("licenseeNumber");
        assertThatThrownBy(() -> verifier.verifyOfflineLicense(file, "C1", "P2", NOW))
                .hasMessageContaining("productNumber");
    }

    @Test
    void garbageIsRefusedAsUntrustedNeverWithAnUncheckedException() {
        for (String file : new String[] {
            "",
            "[]",
            "{\"format\":\"other\"}",
            "{\"format\":\"" + OfflineLicense.FORMAT + "\",\"keyId\":\"K2\",\"payload\":\"%%%\",\"signature\":\"x\"}"
        }) {
            assertThatThrownBy(() -> verifier.verifyOfflineLicense(file, NOW))
                    .as(file)
                    .isInstanceOf(LicenseVerificationException.class);
        }
    }

    private OfflineLicense verify(String file, Instant now) {
        try {
            return verifier.verifyOfflineLicense(file, now);
        } catch (LicenseVerificationException e) {
            throw new AssertionError(e);
        }
    }

    private static String offlineFile(String keyId, PrivateKey key, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return "{\"format\":\"" + OfflineLicense.FORMAT + "\",\"keyId\":\"" + keyId + "\",\"algorithm\":\"Ed25519\","
                + "\"payload\":\"" + base64Url(bytes) + "\",\"signature\":\"" + base64Url(sign(key, bytes)) + "\"}";
    }

    private static byte[] sign(PrivateKey key, String text) {
        return sign(key, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sign(PrivateKey key, byte[] content) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encoded(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
