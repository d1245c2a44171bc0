package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void passwordHashIsSaltedAndVerifies() {
        String first = PasswordHasher.hash("correct horse");
        String second = PasswordHasher.hash("correct horse");
        assertThat(first).startsWith("pbkdf2-sha512$210000$").isNotEqualTo(second);
        assertThat(PasswordHasher.isOutdated(first)).isFalse();
        assertThat(PasswordHasher.matches("correct horse", first)).isTrue();
        assertThat(PasswordHasher.matches("correct horsE", first)).isFalse();
        assertThat(PasswordHasher.matches("correct horse", "plain-text")).isFalse();
    }

    @Test
    void aPasswordWithControlCharactersNeverMatchesThoughPbkdf2WouldTakeATrailingNulForThePassword() throws Exception {
        byte[] salt = new byte[16];
        byte[] plain = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("correct horse".toCharArray(), salt, 1000, 256))
                .getEncoded();
        byte[] padded = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("correct horse\0".toCharArray(), salt, 1000, 256))
                .getEncoded();
        assertThat(padded).as("HMAC pads its key with zero bytes").isEqualTo(plain);

        String stored = PasswordHasher.hash("correct horse");
        assertThat(PasswordHasher.matches("correct horse\0", stored)).isFalse();
        assertThat(PasswordHasher.matches("correct horse\0\0", stored)).isFalse();
        assertThat(PasswordHasher.matches("correct\thorse", stored)).isFalse();
        assertThat(PasswordHasher.isAcceptable("correct horse\u0085")).isFalse();
        assertThat(PasswordHasher.isAcceptable("correct horse ünïcode")).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PasswordHasher.hash("correct horse\0"));
    }

    @Test
    void aHashOfTheEarlierFormatStillVerifiesAndIsOutdated() throws Exception {
        byte[] salt = "sixteen byte salt".substring(0, 16).getBytes(StandardCharsets.UTF_8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("correct horse".toCharArray(), salt, 210_000, 256))
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String legacy = "pbkdf2-sha256$210000$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);

        assertThat(PasswordHasher.matches("correct horse", legacy)).isTrue();
        assertThat(PasswordHasher.matches("correct horsE", legacy)).isFalse();
        assertThat(PasswordHasher.isOutdated(legacy)).isTrue();
        assertThat(PasswordHasher.isOutdated("pbkdf2-sha512$1000$" + base64.encodeToString(salt) + "$x"))
                .as("a lower work factor")
                .isTrue();
    }

    @Test
    void aMalformedStoredHashNeverMatchesAndNeverThrows() {
        for (String stored : new String[] {
            "",
            "$$$",
            "pbkdf2-sha512$many$c2FsdA$aGFzaA",
            "pbkdf2-sha512$0$c2FsdA$aGFzaA",
            "pbkdf2-sha512$2147483647$c2FsdA$aGFzaA",
            "pbkdf2-sha512$1000$not base64!$aGFzaA",
            "md5$1$c2FsdA$aGFzaA"
        }) {
            assertThat(PasswordHasher.matches("anything", stored)).as(stored).isFalse();
        }
    }

    @Test
    void apiKeySecretsAreRandomPrefixedAndStoredAsHash() {
        String secret = ApiKeySecret.generate();
        assertThat(secret).startsWith("alk_").hasSize(4 + 43).isNotEqualTo(ApiKeySecret.generate());
        assertThat(ApiKeySecret.hash(secret)).hasSize(64).doesNotContain(secret.substring(4));
    }

    @Test
    void verifiedPasswordIsRememberedUntilItChanges() {
        VerifiedPasswords cache = new VerifiedPasswords();
        String stored = PasswordHasher.hash("secret-one");
        assertThat(cache.matches("ann", "secret-one", stored, NOW)).isTrue();
        assertThat(cache.matches("ann", "wrong", stored, NOW)).isFalse();
        String changed = PasswordHasher.hash("secret-two");
        assertThat(cache.matches("ann", "secret-one", changed, NOW)).isFalse();
    }

    @Test
    void onlyAPairThatMatchedIsKnownAndOnlyForAWhile() {
        VerifiedPasswords cache = new VerifiedPasswords();
        String stored = PasswordHasher.hash("secret-one");
        assertThat(cache.isKnown("ann", "secret-one", stored, NOW)).isFalse();

        cache.matches("ann", "secret-one", stored, NOW);

        assertThat(cache.isKnown("ann", "secret-one", stored, NOW.plusSeconds(60)))
                .isTrue();
        assertThat(cache.isKnown("ann", "secret-two", stored, NOW)).isFalse();
        assertThat(cache.isKnown("ann", "secret-one", stored, NOW.plus(VerifiedPasswords.TIME_TO_LIVE)))
                .isFalse();
    }
}
