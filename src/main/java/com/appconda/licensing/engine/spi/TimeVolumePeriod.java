package com.appconda.licensing.engine.spi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The unit of a TIMEVOLUME license's {@code timeVolume}; NetLicensing's default is DAY. MONTH and YEAR are
 * calendar-aware in UTC, as NetLicensing counts calendar months: one month from 31 January is the last day of
 * February at the same time of day, one year from 29 February is 28 February.
 */
public enum TimeVolumePeriod {
    DAY(36_525),
    WEEK(5_218),
    MONTH(1_200),
    YEAR(100);

    /** The last instant the databases store (year 9999): every end that lies beyond it is this one. */
    public static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final int maxVolume;

    TimeVolumePeriod(int maxVolume) {
        this.maxVolume = maxVolume;
    }

    /** The largest time volume a license of this period may have: a century. */
    public int maxVolume() {
        return maxVolume;
    }

    /**
     * The first instant after {@code volume} periods from {@code start} (the end is exclusive). The one
     * arithmetic for the Broker's answers and for the expiry the console lists.
     */
    public Instant after(Instant start, int volume) {
        try {
            OffsetDateTime from = start.atOffset(ZoneOffset.UTC);
            OffsetDateTime to = switch (this) {
                case DAY -> from.plusDays(volume);
                case WEEK -> from.plusWeeks(volume);
                case MONTH -> from.plusMonths(volume);
                case YEAR -> from.plusYears(volume);
            };
            return to.toInstant().isAfter(END_OF_TIME) ? END_OF_TIME : to.toInstant();
        } catch (DateTimeException beyondTheCalendar) {
            // A volume so large its end is past any date (data stored before the volumes were bounded).
            return volume < 0 ? start : END_OF_TIME;
        }
    }
}
