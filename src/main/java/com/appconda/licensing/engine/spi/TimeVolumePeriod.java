package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The unit of a TIMEVOLUME license's {@code timeVolume}; NetLicensing's default is DAY. MONTH and YEAR are
 * calendar-aware in UTC, as NetLicensing counts calendar months: one month from 31 January is the last day of
 * February at the same time of day, one year from 29 February is 28 February.
 */
public enum TimeVolumePeriod {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /**
     * The first instant after {@code volume} periods from {@code start} (the end is exclusive). The one
     * arithmetic for the Broker's answers and for the expiry the console lists.
     */
    public Instant after(Instant start, int volume) {
        OffsetDateTime from = start.atOffset(ZoneOffset.UTC);
        OffsetDateTime to = switch (this) {
            case DAY -> from.plusDays(volume);
            case WEEK -> from.plusWeeks(volume);
            case MONTH -> from.plusMonths(volume);
            case YEAR -> from.plusYears(volume);
        };
        return to.toInstant();
    }
}
