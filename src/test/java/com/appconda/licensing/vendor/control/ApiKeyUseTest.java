package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeyUseTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final ApiKeyUse use = new ApiKeyUse();

    @Test
    void keepsTheLatestUseOfEachKeyUntilDrained() {
        use.record(1L, NOW.plusSeconds(2));
        use.record(1L, NOW);
        use.record(2L, NOW);

        assertThat(use.drain()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, NOW.plusSeconds(2), 2L, NOW));
        assertThat(use.drain()).isEmpty();
    }

    @Test
    void requeuedUsesAreWrittenNextTimeWithoutLosingNewerOnes() {
        use.record(1L, NOW);
        Map<Long, Instant> failed = use.drain();
        use.record(1L, NOW.plusSeconds(5));
        use.requeue(failed);

        assertThat(use.drain()).containsExactlyEntriesOf(Map.of(1L, NOW.plusSeconds(5)));
    }
}
