package com.appconda.licensing.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportRunTest {

    private static ReportRun run(String status, long items, long done) {
        LocalDate day = LocalDate.of(2026, 12, 1);
        return ReportRun.of(7, 3, day, day, status, status, Instant.EPOCH, null, items, done, 0, 0, 0, null);
    }

    @Test
    void progressIsTheShareOfLicenseeDaysWritten() {
        assertThat(run("STARTED", 0, 0).percent()).as("nothing listed yet").isZero();
        assertThat(run("STARTED", 200, 50).percent()).isEqualTo(25);
        assertThat(run("STARTED", 3, 2).percent()).as("rounded down").isEqualTo(66);
        assertThat(run("STARTED", 10, 12).percent())
                .as("a restart counts again")
                .isEqualTo(100);
        assertThat(run("COMPLETED", 0, 0).percent()).as("a day without usage").isEqualTo(100);
    }

    @Test
    void onlyAFailedOrStoppedRunRestartsAndOnlyAnUnfinishedOneRuns() {
        assertThat(run("STARTING", 0, 0).running()).isTrue();
        assertThat(run("STARTED", 0, 0).running()).isTrue();
        assertThat(run("STOPPING", 0, 0).running()).isTrue();
        assertThat(run("COMPLETED", 0, 0).running()).isFalse();
        assertThat(run("FAILED", 0, 0).restartable()).isTrue();
        assertThat(run("STOPPED", 0, 0).restartable()).isTrue();
        assertThat(run("COMPLETED", 0, 0).restartable()).isFalse();
        assertThat(run("ABANDONED", 0, 0).restartable()).isFalse();
    }
}
