package com.appconda.licensing.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GranularityTest {

    @ParameterizedTest(name = "{1} of {0} begins {2}, the next {3}")
    @CsvSource({
        "2026-12-03, DAY, 2026-12-03, 2026-12-04",
        "2026-12-03, WEEK, 2026-11-30, 2026-12-07",
        "2026-11-30, WEEK, 2026-11-30, 2026-12-07",
        "2026-12-06, WEEK, 2026-11-30, 2026-12-07",
        "2026-12-31, MONTH, 2026-12-01, 2027-01-01",
        "2024-02-29, MONTH, 2024-02-01, 2024-03-01"
    })
    void periodsAreUtcDaysIsoWeeksAndCalendarMonths(
            LocalDate day, Granularity granularity, LocalDate start, LocalDate next) {
        assertThat(granularity.periodOf(day)).isEqualTo(start);
        assertThat(granularity.next(start)).isEqualTo(next);
    }
}
