package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The periods during which a set of TIMEVOLUME licenses grants use, as disjoint half-open {@code [start, end)}
 * intervals (see {@link TimeVolumes} for the boundary rule). Licenses without a start date have not started and
 * grant nothing; a license of zero time volume grants nothing.
 */
final class Timeline {

    /** One uninterrupted stretch of validity. */
    record Period(Instant start, Instant end) {

        boolean contains(Instant now) {
            return !now.isBefore(start) && TimeVolumes.isBefore(now, end);
        }
    }

    private final List<Period> periods;

    private Timeline(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    /**
     * Subscription: a license that starts before the current expiry is appended after it (cumulative renewal), so
     * renewing early never loses paid time.
     */
    static Timeline cumulative(List<LicenseSnapshot> licenses) {
        return build(licenses, true);
    }

    /** Rental and pricing plans: each license covers its own dates; overlapping or touching periods merge. */
    static Timeline overlapping(List<LicenseSnapshot> licenses) {
        return build(licenses, false);
    }

    private static Timeline build(List<LicenseSnapshot> licenses, boolean appendRenewals) {
        List<Period> merged = new ArrayList<>();
        for (LicenseSnapshot license : started(licenses)) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            Instant start = license.startDate();
            if (appendRenewals && last != null && start.isBefore(last.end())) {
                start = last.end();
            }
            Instant end = TimeVolumes.expiry(start, license.timeVolume(), license.timeVolumePeriod());
            if (!start.isBefore(end)) {
                continue;
            }
            if (last != null && !start.isAfter(last.end())) {
                merged.set(merged.size() - 1, new Period(last.start(), end.isAfter(last.end()) ? end : last.end()));
            } else {
                merged.add(new Period(start, end));
            }
        }
        return new Timeline(merged);
    }

    private static List<LicenseSnapshot> started(List<LicenseSnapshot> licenses) {
        return licenses.stream()
                .filter(l -> l.startDate() != null)
                .sorted(Comparator.comparing(LicenseSnapshot::startDate))
                .toList();
    }

    /** The period that grants use at {@code now}. */
    Optional<Period> current(Instant now) {
        return periods.stream().filter(p -> p.contains(now)).findFirst();
    }

    /** The period valid at {@code now}, else the latest one that has started (it has expired), else empty. */
    Optional<Period> relevant(Instant now) {
        return current(now)
                .or(() -> periods.stream().filter(p -> !p.start().isAfter(now)).reduce((a, b) -> b));
    }
}
