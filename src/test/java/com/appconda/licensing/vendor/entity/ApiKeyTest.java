package com.appconda.licensing.vendor.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final ApiKey key = new ApiKey(1, "K1", "hash", Role.BROKER, NOW);

    @Test
    void revokedKeyIsNotUsableAndRevocationIsFinal() {
        assertThat(key.isUsableAt(NOW)).isTrue();
        key.revoke(NOW.plusSeconds(5));
        key.revoke(NOW.plusSeconds(50));
        assertThat(key.isUsableAt(NOW.plusSeconds(6))).isFalse();
        assertThat(key.getRevokedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void inactiveKeyIsNotUsable() {
        key.setActive(false);
        assertThat(key.isUsableAt(NOW)).isFalse();
    }
}
