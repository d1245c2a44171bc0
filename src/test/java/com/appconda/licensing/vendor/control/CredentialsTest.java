package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void passwordHashIsSaltedAndVerifies() {
        String first = PasswordHasher.hash("correct horse");
        String second = PasswordHasher.hash("correct horse");
        assertThat(first).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(second);
        assertThat(PasswordHasher.matches("correct horse", first)).isTrue();
        assertThat(PasswordHasher.matches("correct horsE", first)).isFalse();
        assertThat(PasswordHasher.matches("correct horse", "plain-text")).isFalse();
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
