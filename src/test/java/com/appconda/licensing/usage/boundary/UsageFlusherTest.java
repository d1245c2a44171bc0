package com.appconda.licensing.usage.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.usage.control.UsageBuffer;
import com.appconda.licensing.usage.control.UsageDeadLetters;
import com.appconda.licensing.usage.entity.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageFlusherTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /**
     * A database that refuses the next {@code failures} writes (it is down), then stores everything but a batch
     * holding an event whose licensee number is too long for the column, refused as SQL state 22001.
     */
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
            if (batch.stream().anyMatch(event -> event.licenseeNumber().length() > 64)) {
                throw new IllegalStateException(
                        "Transaction aborted", new SQLException("Value too long for column LICENSEE_NUMBER", "22001"));
            }
            batchSizes.add(batch.size());
            stored.addAll(batch);
        }
    }

    private final UsageBuffer buffer = new UsageBuffer();
    private final FlakyWriter writer = new FlakyWriter();
    private final UsageFlusher flusher = new UsageFlusher();
    private UsageDeadLetters deadLetters;

    @TempDir
    Path folder;

    @BeforeEach
    void wire() {
        flusher.buffer = buffer;
        flusher.writer = writer;
        deadLetters = UsageDeadLetters.in(folder.resolve("dead-letters.jsonl"));
        flusher.deadLetters = deadLetters;
        flusher.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static List<Usage> events(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Usage(
                        1L, NOW.plusMillis(i), "P", "M", "C" + i, "Quota", true, 0, null, true, null, null, null, null))
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
        writer.failures = Integer.MAX_VALUE;

        flusher.flush();
        assertThat(writer.stored).isEmpty();
        assertThat(buffer.size()).isEqualTo(1_200);
        assertThat(deadLetters.count()).isZero();

        writer.failures = 0;
        flusher.flush();
        assertThat(writer.stored).containsExactlyInAnyOrderElementsOf(recorded);
    }

    /** #10 defect 3: one refused usage event blocked all later ones, round after round, and they were lost. */
    @Test
    void aPoisonRecordIsSetAsideAndEveryOtherEventIsWritten() throws Exception {
        List<Usage> recorded = new ArrayList<>(events(1_500));
        Usage poison =
                new Usage(1L, NOW, "P", "M", "C".repeat(100), "Quota", true, 0, null, true, null, null, null, null);
        recorded.add(700, poison);
        buffer.add(recorded);

        flusher.flush();

        assertThat(writer.stored).hasSize(1_500).doesNotContain(poison);
        assertThat(buffer.size()).isZero();
        assertThat(deadLetters.count()).isEqualTo(1);
        assertThat(Files.readAllLines(folder.resolve("dead-letters.jsonl")))
                .singleElement()
                .asString()
                .contains("\"licenseeNumber\":\"" + "C".repeat(100) + "\"", "22001", "\"setAsideAt\"");
        buffer.add(events(3));
        flusher.flush();
        assertThat(writer.stored).hasSize(1_503);
    }

    @Test
    void whenTheDatabaseIsDownNothingIsSetAsideAndEverythingWaits() {
        buffer.add(events(10));
        writer.failures = 3;

        flusher.flush();

        assertThat(deadLetters.count()).isZero();
        assertThat(writer.stored.size() + buffer.size())
                .as("every event written or waiting")
                .isEqualTo(10);
        flusher.flush();
        assertThat(writer.stored).hasSize(10);
        assertThat(buffer.size()).isZero();
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
