package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.UsageRow;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The running figures of one fact while its day's events are read; the rules are {@link UsageAggregator}'s. */
final class FactTally {

    static final long UNLIMITED = -1;

    private String licensingModel;
    private long validations;
    private long valid;
    private long consumed;
    private Long peak;
    private Long allowed;
    private long refusedCheckouts;
    private final Set<String> sessions = new HashSet<>();
    private final Set<String> nodes = new HashSet<>();

    FactTally(Long heldAtStart) {
        this.peak = heldAtStart;
    }

    void add(UsageRow event) {
        licensingModel = event.licensingModel();
        validations++;
        if (event.valid()) {
            valid++;
        }
        consumed += event.quantity();
        if (event.held() != null) {
            peak = peak == null ? event.held() : Math.max(peak, event.held());
        }
        if (event.allowed() != null) {
            allowed = mostAllowed(allowed, event.allowed());
        }
        if (event.sessionId() != null) {
            sessions.add(event.sessionId());
            if (!event.valid() && event.held() != null) {
                refusedCheckouts++;
            }
        }
        if (event.nodeKey() != null) {
            nodes.add(event.nodeKey());
        }
    }

    DailyFact fact(LocalDate day, long vendorId, FactKey key) {
        return new DailyFact(
                day,
                vendorId,
                key,
                licensingModel,
                validations,
                valid,
                validations - valid,
                consumed,
                peak,
                allowed,
                refusedCheckouts,
                sessions.size(),
                nodes.size());
    }

    private static long mostAllowed(Long so, long seen) {
        if (so == null) {
            return seen;
        }
        return so == UNLIMITED || seen == UNLIMITED ? UNLIMITED : Math.max(so, seen);
    }
}
