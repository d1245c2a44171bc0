package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Duration;
import java.time.Instant;

/**
 * The warning-level rules of licensing-models.md. The 80 % threshold is exact integer arithmetic
 * ({@code used * 10 >= total * 8}), so 8 of 10 seats is YELLOW and 7 of 10 is GREEN, with no rounding.
 */
final class WarningLevels {

    private WarningLevels() {}

    /**
     * Floating and NodeLocked: GREEN below 80 % used; YELLOW from 80 %, or when full with fewer than 10 in total
     * (running out of 3 seats is normal, not an alarm); RED when full with 10 or more. No capacity at all is RED.
     */
    static WarningLevel seats(long used, long total) {
        if (total <= 0) {
            return WarningLevel.RED;
        }
        if (used >= total) {
            return total >= 10 ? WarningLevel.RED : WarningLevel.YELLOW;
        }
        return atLeast80Percent(used, total) ? WarningLevel.YELLOW : WarningLevel.GREEN;
    }

    /** PayPerUse: GREEN below 80 % used, YELLOW from 80 %, RED when nothing remains. */
    static WarningLevel credits(long used, long total) {
        if (used >= total) {
            return WarningLevel.RED;
        }
        return atLeast80Percent(used, total) ? WarningLevel.YELLOW : WarningLevel.GREEN;
    }

    /** Subscription and PricingTable: GREEN below 80 % of the period used, YELLOW from 80 %, RED once expired. */
    static WarningLevel time(Instant start, Instant end, Instant now) {
        if (!TimeVolumes.isBefore(now, end)) {
            return WarningLevel.RED;
        }
        long total = Duration.between(start, end).toMillis();
        long used = Duration.between(start, now).toMillis();
        return atLeast80Percent(used, total) ? WarningLevel.YELLOW : WarningLevel.GREEN;
    }

    private static boolean atLeast80Percent(long used, long total) {
        return used * 10 >= total * 8;
    }
}
