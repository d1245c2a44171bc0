package com.appconda.licensing.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWeekTest {

    @ParameterizedTest(name = "at {0} the last ended week began on {1}")
    @CsvSource({
        "2026-11-30T00:00:00Z, 2026-11-23",
        "2026-11-30T23:59:59Z, 2026-11-23",
        "2026-12-06T23:59:59Z, 2026-11-23",
        "2026-12-07T00:00:00Z, 2026-11-30",
        "2026-01-01T12:00:00Z, 2025-12-22"
    })
    void theLastEndedWeekIsTheUtcIsoWeekBeforeTheCurrentOne(String now, String monday) {
        ReportWeek week = ReportWeek.lastEndedAt(Instant.parse(now));

        assertThat(week.monday()).isEqualTo(LocalDate.parse(monday));
        assertThat(week.sunday()).isEqualTo(LocalDate.parse(monday).plusDays(6));
    }

    @Test
    void aWeeksMailIsDueOnTheMondayAfterItAtTheConfiguredTime() {
        ReportWeek week = ReportWeek.of(LocalDate.parse("2026-11-25"));

        assertThat(week.monday()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(week.mailDueAt(LocalTime.of(6, 0))).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(week.filter(7)).isEqualTo(new ReportFilter(7, week.monday(), week.sunday(), null));
        assertThat(week).hasToString("2026-11-23 to 2026-11-29");
    }

    @Test
    void aWeekIsNamedByItsMondayOnly() {
        assertThatThrownBy(() -> new ReportWeek(LocalDate.parse("2026-11-24")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TUESDAY");
    }
}
