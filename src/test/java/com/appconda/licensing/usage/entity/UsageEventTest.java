package com.appconda.licensing.usage.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageEventTest {

    @ParameterizedTest(name = "an event at {0} is reported on {1}")
    @CsvSource({
        "2026-11-30T23:59:59.999Z, 2026-11-30",
        "2026-12-01T00:00:00Z, 2026-12-01",
        "2026-12-01T12:00:00Z, 2026-12-01",
        "2026-12-01T23:59:59.999Z, 2026-12-01",
        "2026-12-02T00:00:00Z, 2026-12-02"
    })
    void aDayIsAUtcDayFromMidnightInclusiveToMidnightExclusive(String at, String day) {
        assertThat(UsageEvent.dayOf(Instant.parse(at))).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void theDayDoesNotFollowTheServersTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            UsageEvent event = new UsageEvent(
                    1,
                    Instant.parse("2026-12-01T23:30:00Z"),
                    "P",
                    "M",
                    "L",
                    "Subscription",
                    true,
                    0,
                    null,
                    true,
                    null,
                    null,
                    null,
                    null);

            assertThat(event.getUsageDay()).isEqualTo(LocalDate.parse("2026-12-01"));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
