package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.time.Instant;

/**
 * Time arithmetic for TIMEVOLUME licenses, in UTC.
 *
 * <p><b>The time boundary rule, used by every model:</b> something valid "until T" is valid at every instant
 * before T and invalid from T on, so it is valid at T-1ms and invalid at exactly T ({@code now < T}). Periods are
 * half-open {@code [start, end)}: a renewal that starts at T continues without a gap, and two periods never
 * both claim the instant T.
 *
 * <p>MONTH and YEAR are calendar-aware in UTC (NetLicensing counts calendar months): one month from 31 January is
 * the last day of February at the same time of day, one year from 29 February is 28 February.
 */
public final class TimeVolumes {

    private TimeVolumes() {}

    /** The first instant at which a license of {@code volume} periods starting at {@code start} is no longer valid. */
    public static Instant expiry(Instant start, int volume, TimeVolumePeriod period) {
        return period.after(start, volume);
    }

    /** True while {@code now} is before {@code until} (see the class's time boundary rule). */
    public static boolean isBefore(Instant now, Instant until) {
        return now.isBefore(until);
    }
}
