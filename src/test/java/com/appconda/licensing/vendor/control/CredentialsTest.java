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
    void throttleBlocksAfterTenFailuresForTheWindowOnly() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("Ann", NOW);
        }
        assertThat(throttle.isBlocked("ann", NOW)).isFalse();
        throttle.recordFailure("ann", NOW.plusSeconds(10));
        assertThat(throttle.isBlocked("ANN", NOW.plusSeconds(11))).isTrue();
        assertThat(throttle.isBlocked("ann", NOW.plus(LoginThrottle.WINDOW))).isFalse();
        assertThat(throttle.isBlocked("bob", NOW)).isFalse();
    }

    @Test
    void successClearsFailures() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("ann", NOW);
        }
        throttle.recordSuccess("ann");
        assertThat(throttle.isBlocked("ann", NOW)).isFalse();
    }
}
