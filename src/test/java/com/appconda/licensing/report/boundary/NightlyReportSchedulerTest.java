package com.appconda.licensing.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NightlyReportSchedulerTest {

    @Test
    void theNightlyTimeIsATimeOfDay() {
        assertThat(NightlyReportScheduler.timeOfDay("licensing.reports.nightly-at", "02:30"))
                .isEqualTo(LocalTime.of(2, 30));
        assertThat(NightlyReportScheduler.timeOfDay("x", " 23:05 ")).isEqualTo(LocalTime.of(23, 5));
    }

    @Test
    void aWrongTimeStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> NightlyReportScheduler.timeOfDay("licensing.reports.nightly-at", "2.30am"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("licensing.reports.nightly-at")
                .hasMessageContaining("'2.30am'");
        assertThatThrownBy(() -> NightlyReportScheduler.timeOfDay("licensing.reports.nightly-at", "25:00"))
                .hasMessageContaining("as 02:30");
    }
}
