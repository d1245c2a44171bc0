package com.appconda.licensing.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The end of a time volume, as the Broker evaluates it and the console lists it ("expiring soon"). */
class TimeVolumePeriodTest {

    @ParameterizedTest(name = "{1} {2} from {0} ends at {3}")
    @CsvSource({
        "2026-01-31T23:59:59Z, 1, MONTH, 2026-02-28T23:59:59Z",
        "2028-01-31T10:00:00Z, 1, MONTH, 2028-02-29T10:00:00Z",
        "2028-02-29T00:00:00Z, 1, YEAR, 2029-02-28T00:00:00Z",
        "2026-12-31T12:00:00Z, 1, DAY, 2027-01-01T12:00:00Z",
        "2026-03-28T01:30:00Z, 2, WEEK, 2026-04-11T01:30:00Z",
        "2026-06-15T12:00:00Z, 0, DAY, 2026-06-15T12:00:00Z"
    })
    void aTimeVolumeEndsCalendarAwareInUtc(Instant start, int volume, TimeVolumePeriod period, Instant end) {
        assertThat(period.after(start, volume)).isEqualTo(end);
    }

    /** #10 defect 2: a huge stored volume made the Subscription answer carry "DateTimeException: Invalid value for Year". */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TimeVolumePeriod.class)
    void anEndBeyondTheLastStorableDateIsThatDateNotAnException(TimeVolumePeriod period) {
        assertThat(period.after(Instant.parse("2026-01-01T00:00:00Z"), Integer.MAX_VALUE))
                .isEqualTo(TimeVolumePeriod.END_OF_TIME);
        assertThat(period.after(Instant.parse("9999-12-01T00:00:00Z"), period.maxVolume()))
                .isEqualTo(TimeVolumePeriod.END_OF_TIME);
        assertThat(period.maxVolume()).isPositive();
    }
}
