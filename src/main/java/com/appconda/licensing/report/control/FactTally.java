package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.UsageGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The running figures of one fact while its day's groups of events are read; the rules are {@link UsageAggregator}'s. */
final class FactTally {

    static final long UNLIMITED = -1;

    private String licensingModel;
    private Instant modelAt;
    private long validations;
    private long valid;
    private long consumed;
    private Long peak;
    private Long allowed;
    private Long unitsLeft;
    private long refusedCheckouts;
    private final Set<String> sessions = new HashSet<>();
    private final Set<String> nodes = new HashSet<>();

    private final Long heldAtStart;
    private boolean holds;

    FactTally(Long heldAtStart) {
        this.heldAtStart = heldAtStart;
    }

    void add(UsageGroup group) {
        if (modelAt == null || !group.lastAt().isBefore(modelAt)) {
            licensingModel = group.licensingModel();
            modelAt = group.lastAt();
        }
        validations += group.answers();
        if (group.valid()) {
            valid += group.answers();
        }
        consumed += group.consumed();
        holds |= group.holds();
        peak = larger(peak, group.mostHeld());
        if (group.leastAllowed() != null) {
            allowed = mostAllowed(mostAllowed(allowed, group.leastAllowed()), group.mostAllowed());
        }
        if (group.fewestUnits() != null) {
            unitsLeft = fewestUnits(fewestUnits(unitsLeft, group.fewestUnits()), group.mostUnits());
        }
        if (group.sessionId() != null) {
            sessions.add(group.sessionId());
            if (!group.valid() && group.holds()) {
                refusedCheckouts += group.answers();
            }
        }
        if (group.nodeKey() != null) {
            nodes.add(group.nodeKey());
        }
    }

    DailyFact fact(LocalDate day, long vendorId, FactKey key) {
        Long peak = holds ? larger(this.peak, heldAtStart) : this.peak;
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
                nodes.size(),
                unitsLeft);
    }

    private static Long larger(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Math.max(a, b);
    }

    /** The fewer units, where unlimited ({@code -1}) wins: a licensee unlimited at any time of the day was so. */
    private static long fewestUnits(Long so, long seen) {
        if (so == null) {
            return seen;
        }
        return so == UNLIMITED || seen == UNLIMITED ? UNLIMITED : Math.min(so, seen);
    }

    private static long mostAllowed(Long so, long seen) {
        if (so == null) {
            return seen;
        }
        return so == UNLIMITED || seen == UNLIMITED ? UNLIMITED : Math.max(so, seen);
    }
}
