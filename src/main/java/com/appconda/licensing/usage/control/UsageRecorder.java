package com.appconda.licensing.usage.control;

import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each module's answer of a validation into a usage event and hands it to the buffer. It is told of
 * answers by the Broker's {@link ValidationAnswered} event once the answer's transaction has committed: a
 * validation that fails after it was evaluated (a conflict, a database error) answered nothing, so the reports
 * must not count it. Outside a transaction the event is observed at once.
 */
@ApplicationScoped
public class UsageRecorder {

    static final int MAX_SESSION_ID = 200;

    @Inject
    UsageBuffer buffer;

    void recordCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ValidationAnswered answered) {
        record(answered);
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
                    events.isEmpty()));
        }
        buffer.add(events);
    }

    private static String truncate(String session) {
        return session == null || session.length() <= MAX_SESSION_ID ? session : session.substring(0, MAX_SESSION_ID);
    }
}
