package com.appconda.licensing.usage.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.usage.control.UsageBuffer;
import com.appconda.licensing.usage.entity.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsageFlusherTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** A database that refuses the next {@code failures} batches, then stores everything. */
    static class FlakyWriter extends UsageWriter {
        final List<Usage> stored = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        int failures;

        @Override
        public void write(List<Usage> batch) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("database unavailable");
            }
            batchSizes.add(batch.size());
            stored.addAll(batch);
        }
    }

    private final UsageBuffer buffer = new UsageBuffer();
    private final FlakyWriter writer = new FlakyWriter();
    private final UsageFlusher flusher = new UsageFlusher();

    @BeforeEach
    void wire() {
        flusher.buffer = buffer;
        flusher.writer = writer;
    }

    private static List<Usage> events(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Usage(1L, NOW.plusMillis(i), "P", "M", "C" + i, "Quota", true, 0, null, true))
                .toList();
    }

    @Test
    void flushWritesEverythingInBatchesOldestFirst() {
        List<Usage> recorded = events(2_500);
        buffer.add(recorded);

        flusher.flush();

        assertThat(writer.batchSizes).containsExactly(1_000, 1_000, 500);
        assertThat(writer.stored).containsExactlyElementsOf(recorded);
        assertThat(buffer.size()).isZero();
    }

    @Test
    void aRefusedBatchIsKeptAndWrittenByALaterFlush() {
        List<Usage> recorded = events(1_200);
        buffer.add(recorded);
        writer.failures = 1;

        flusher.flush();
        assertThat(writer.stored).isEmpty();
        assertThat(buffer.size()).isEqualTo(1_200);

        flusher.flush();
        assertThat(writer.stored).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void stoppingTheApplicationWritesWhatIsLeft() {
        buffer.add(events(10));

        flusher.onStop();

        assertThat(writer.stored).hasSize(10);
    }

    @Test
    void aFullBufferDropsAndCountsNewEventsInsteadOfGrowing() {
        UsageBuffer small = new UsageBuffer(100);
        small.add(events(100));
        small.add(events(3));

        assertThat(small.size()).isEqualTo(100);
        assertThat(small.takeDroppedCount()).isEqualTo(3);
        assertThat(small.takeDroppedCount()).isZero();
    }
}
