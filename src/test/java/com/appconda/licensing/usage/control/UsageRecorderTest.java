package com.appconda.licensing.usage.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One validation writes one event per module; only the first opens the validation, so the dashboard counts it once. */
class UsageRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void onlyTheFirstModuleEventOfAValidationOpensIt() {
        UsageRecorder recorder = recorderWithoutTransaction();

        recorder.record(1L, "C-1", "P-1", Map.of("M-2", Map.of("sessionId", "s-9")),
                List.of(evaluation("M-1", "Subscription", true), evaluation("M-2", "Floating", false),
                        evaluation("M-3", "Quota", true)), NOW);

        List<Usage> events = recorder.buffer.drain(10);
        assertThat(events).extracting(Usage::moduleNumber).containsExactly("M-1", "M-2", "M-3");
        assertThat(events).extracting(Usage::opensValidation).containsExactly(true, false, false);
        assertThat(events.get(1).sessionId()).isEqualTo("s-9");
        assertThat(events.get(1).valid()).isFalse();
    }

    @Test
    void aProductWithoutModulesRecordsNothing() {
        UsageRecorder recorder = recorderWithoutTransaction();

        recorder.record(1L, "C-1", "P-1", Map.of(), List.of(), NOW);

        assertThat(recorder.buffer.size()).isZero();
    }

    private static UsageRecorder recorderWithoutTransaction() {
        UsageRecorder recorder = new UsageRecorder();
        recorder.buffer = new UsageBuffer();
        recorder.transactions = new NoTransaction();
        return recorder;
    }

    private static Evaluation evaluation(String module, String model, boolean valid) {
        return new Evaluation(new ModuleVerdict(module, module, model, valid, valid ? WarningLevel.GREEN
                : WarningLevel.RED, List.of(), Map.of(), Map.of(), null), List.of());
    }

    /** Outside a transaction the recorder buffers at once. */
    private static final class NoTransaction implements TransactionSynchronizationRegistry {
        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }
}
