package com.appconda.licensing.usage.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns each module's answer of a validation into a usage event and hands it to the buffer. */
@ApplicationScoped
public class UsageRecorder {

    @Inject
    UsageBuffer buffer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void record(long vendorId, String licenseeNumber, String productNumber,
            Map<String, Map<String, Object>> parameters, List<Evaluation> evaluations, Instant now) {
        List<Usage> events = new ArrayList<>(evaluations.size());
        for (Evaluation evaluation : evaluations) {
            String module = evaluation.verdict().moduleNumber();
            Object session = parameters.getOrDefault(module, Map.of()).get("sessionId");
            events.add(new Usage(vendorId, now, productNumber, module, licenseeNumber,
                    evaluation.verdict().licensingModel(), evaluation.verdict().valid(), consumed(evaluation),
                    session == null ? null : truncate(session.toString()), events.isEmpty()));
        }
        afterCommit(events);
    }

    /**
     * Buffers the events once the validation's transaction has committed: a validation that fails after
     * it was evaluated (a conflict, a database error) answered nothing, so the reports must not count it.
     */
    private void afterCommit(List<Usage> events) {
        if (transactions.getTransactionKey() == null) {
            buffer.add(events);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    buffer.add(events);
                }
            }
        });
    }

    private static long consumed(Evaluation evaluation) {
        return evaluation.effects().stream()
                .filter(Effect.WriteOffQuantity.class::isInstance)
                .mapToLong(effect -> ((Effect.WriteOffQuantity) effect).amount())
                .sum();
    }

    private static String truncate(String session) {
        return session.length() <= 200 ? session : session.substring(0, 200);
    }
}
