package com.appconda.licensing.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityInvariantsTest {

    private static final Instant T = Instant.parse("2025-06-16T00:00:00Z");

    @Test
    void sessionHoldsItsSeatUntilTheInstantBeforeExpiry() {
        FloatingSession session = new FloatingSession("s1", T);

        assertThat(session.isHeldAt(T.minusMillis(1))).isTrue();
        assertThat(session.isHeldAt(T)).isFalse();
    }

    @Test
    void verdictKeepsTheEarliestValidUntilAndIsImmutable() {
        ModuleVerdict verdict = ModuleVerdict.builder(ModuleSnapshot.of("M1", "Rental"))
                .valid(true)
                .validUntil(T)
                .validUntil(null)
                .validUntil(T.minusSeconds(5))
                .validUntil(T.plusSeconds(5))
                .field("a", 1)
                .item("DEV-1", Map.of("valid", true))
                .build();

        assertThat(verdict.validUntil()).isEqualTo(T.minusSeconds(5));
        assertThat(verdict.fields()).containsExactly(Map.entry("a", 1));
        assertThatThrownBy(() -> verdict.lists().get("DEV-1").add(Map.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void snapshotsCopyTheirCollectionsSoLaterChangesCannotLeakIn() {
        List<FloatingSession> sessions = new ArrayList<>(List.of(new FloatingSession("s1", T)));
        LicenseSnapshot license =
                LicenseSnapshot.of("L1", "T1", LicenseType.FLOATING).withMaxSessions(1, sessions);
        sessions.clear();

        assertThat(license.sessions()).hasSize(1);
    }

    @Test
    void worstWarningLevelWins() {
        assertThat(WarningLevel.GREEN.worst(WarningLevel.YELLOW)).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningLevel.RED.worst(WarningLevel.GREEN)).isEqualTo(WarningLevel.RED);
    }

    @Test
    void writeOffMustBePositive() {
        assertThatThrownBy(() -> new Effect.WriteOffQuantity("L1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void predefinedNodeSecretPropertyCountsAsStored() {
        LicenseSnapshot license = LicenseSnapshot.of("L1", "T1", LicenseType.QUANTITY)
                .withNodeSecrets(List.of("a"))
                .withProperty("nodeSecret", "b");

        assertThat(license.storedNodeSecrets()).containsExactly("a", "b");
    }
}
