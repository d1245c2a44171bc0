package com.appconda.licensing.usage.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.broker.entity.ValidationAnswered.ModuleOutcome;
import com.appconda.licensing.engine.spi.WarningLevel;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One validation writes one event per module; only the first opens the validation, so the dashboard counts it once.
 * An answer is recorded once its transaction has committed, never when it rolled back.
 */
class UsageRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void onlyTheFirstModuleEventOfAValidationOpensIt() {
        UsageRecorder recorder = recorder();

        recorder.record(answered(
                outcome("M-1", "Subscription", true, 0, null),
                outcome("M-2", "Floating", false, 0, "s-9"),
                outcome("M-3", "PayPerUse", true, 4, null)));

        List<Usage> events = recorder.buffer.drain(10);
        assertThat(events).extracting(Usage::moduleNumber).containsExactly("M-1", "M-2", "M-3");
        assertThat(events).extracting(Usage::opensValidation).containsExactly(true, false, false);
        assertThat(events).extracting(Usage::quantity).containsExactly(0L, 0L, 4L);
        assertThat(events.get(1).sessionId()).isEqualTo("s-9");
        assertThat(events.get(1).valid()).isFalse();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.licenseeNumber()).isEqualTo("C-1");
            assertThat(event.productNumber()).isEqualTo("P-1");
        });
    }

    @Test
    void theConsolesValidateNowIsNotUsage() {
        UsageRecorder recorder = recorder();
        recorder.transactions = new OneTransaction(false);
        ModuleOutcome outcome = outcome("M-1", "Subscription", true, 0, null);

        recorder.onAnswered(new ValidationAnswered(
                1L, "C-1", "P-1", NOW, ValidationAnswered.Origin.CONSOLE, true, List.of(outcome)));
        assertThat(recorder.buffer.size()).isZero();

        recorder.onAnswered(
                new ValidationAnswered(1L, "C-1", "P-1", NOW, ValidationAnswered.Origin.API, true, List.of(outcome)));
        assertThat(recorder.buffer.size())
                .as("a dry run of the vendor's software is usage")
                .isEqualTo(1);
    }

    @Test
    void aSessionIdLongerThanTheColumnIsCut() {
        UsageRecorder recorder = recorder();

        recorder.record(answered(outcome("M-1", "Floating", true, 0, "s".repeat(500))));

        assertThat(recorder.buffer.drain(1).get(0).sessionId()).hasSize(UsageRecorder.MAX_SESSION_ID);
    }

    @Test
    void aProductWithoutModulesRecordsNothing() {
        UsageRecorder recorder = recorder();

        recorder.record(answered());

        assertThat(recorder.buffer.size()).isZero();
    }

    @Test
    void outsideATransactionAnAnswerIsRecordedAtOnce() {
        UsageRecorder recorder = recorder();
        recorder.transactions = new OneTransaction(false);

        recorder.onAnswered(answered(outcome("M-1", "Subscription", true, 0, null)));

        assertThat(recorder.buffer.size()).isEqualTo(1);
    }

    @Test
    void inATransactionAnAnswerIsRecordedOnlyWhenItCommits() {
        UsageRecorder recorder = recorder();
        OneTransaction transaction = new OneTransaction(true);
        recorder.transactions = transaction;

        recorder.onAnswered(answered(outcome("M-1", "PayPerUse", true, 1, null)));
        assertThat(recorder.buffer.size()).as("before the commit").isZero();
        transaction.complete(Status.STATUS_COMMITTED);

        assertThat(recorder.buffer.size()).isEqualTo(1);
    }

    @Test
    void anAnswerWhoseTransactionRolledBackIsNeverRecorded() {
        UsageRecorder recorder = recorder();
        OneTransaction transaction = new OneTransaction(true);
        recorder.transactions = transaction;

        recorder.onAnswered(answered(outcome("M-1", "PayPerUse", true, 1, null)));
        transaction.complete(Status.STATUS_ROLLEDBACK);

        assertThat(recorder.buffer.size()).isZero();
    }

    /** The registry of one transaction (or of none), completing its synchronizations when the test says so. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final boolean active;
        private final List<Synchronization> synchronizations = new ArrayList<>();

        OneTransaction(boolean active) {
            this.active = active;
        }

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return active ? this : null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
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
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private static UsageRecorder recorder() {
        UsageRecorder recorder = new UsageRecorder();
        recorder.buffer = new UsageBuffer();
        return recorder;
    }

    private static ValidationAnswered answered(ModuleOutcome... modules) {
        return new ValidationAnswered(1L, "C-1", "P-1", NOW, ValidationAnswered.Origin.API, false, List.of(modules));
    }

    private static ModuleOutcome outcome(String module, String model, boolean valid, long consumed, String session) {
        return new ModuleOutcome(
                module, model, valid, valid ? WarningLevel.GREEN : WarningLevel.RED, consumed, session);
    }
}
