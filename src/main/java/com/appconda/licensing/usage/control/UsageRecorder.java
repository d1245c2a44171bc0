package com.appconda.licensing.usage.control;

import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each module's answer of a validation into a usage event and hands it to the buffer. It is told of
 * answers by the Broker's {@link ValidationAnswered} event and records them once the answer's transaction has
 * committed: a validation that fails after it was evaluated (a conflict, a database error) answered nothing, so
 * the reports must not count it. Outside a transaction the event is recorded at once.
 *
 * <p>Why not {@code @Observes(during = AFTER_SUCCESS)}: Weld delivers each such notification through a deferred
 * task that sets up contexts around the observer, which cost about 7 % of a validation's CPU under load; a JTA
 * synchronization registered with the transaction does the same for the price of a list entry.
 */
@ApplicationScoped
public class UsageRecorder {

    static final int MAX_SESSION_ID = 200;

    @Inject
    UsageBuffer buffer;

    /** The container's; absent only where no container runs (the component tests), which have no transactions. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The console's "validate now" is the vendor looking, not the vendor's software using a license: it is not usage,
     * so it never counts on the dashboard or in reports.
     */
    void onAnswered(@Observes ValidationAnswered answered) {
        if (answered.origin() == ValidationAnswered.Origin.CONSOLE) {
            return;
        }
        if (transactions == null || transactions.getTransactionKey() == null) {
            record(answered);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    record(answered);
                }
            }
        });
    }

    /** One event per module; the first one opens the validation, so that counting validations counts those. */
    void record(ValidationAnswered answered) {
        List<Usage> events = new ArrayList<>(answered.modules().size());
        for (ValidationAnswered.ModuleOutcome module : answered.modules()) {
            events.add(new Usage(
                    answered.vendorId(),
                    answered.answeredAt(),
                    answered.productNumber(),
                    module.moduleNumber(),
                    answered.licenseeNumber(),
                    module.licensingModel(),
                    module.valid(),
                    module.consumedQuantity(),
                    truncate(module.sessionId()),
                    events.isEmpty(),
                    module.held(),
                    module.allowed(),
                    module.nodeKey(),
                    module.units()));
        }
        buffer.add(events);
    }

    private static String truncate(String session) {
        return session == null || session.length() <= MAX_SESSION_ID ? session : session.substring(0, MAX_SESSION_ID);
    }
}
