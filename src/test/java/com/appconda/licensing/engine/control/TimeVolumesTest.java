package com.appconda.licensing.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeVolumesTest {

    record Addition(String start, int volume, TimeVolumePeriod period, String expiry) {}

    static Stream<Arguments> additions() {
        return Stream.of(
                named(
                        "days are 24 hours in UTC",
                        new Addition("2025-03-29T12:00:00Z", 2, TimeVolumePeriod.DAY, "2025-03-31T12:00:00Z")),
                named(
                        "weeks are 7 days",
                        new Addition("2025-06-01T00:00:00Z", 2, TimeVolumePeriod.WEEK, "2025-06-15T00:00:00Z")),
                named(
                        "a month from 31 January ends on the last day of February",
                        new Addition("2025-01-31T08:00:00Z", 1, TimeVolumePeriod.MONTH, "2025-02-28T08:00:00Z")),
                named(
                        "a month in a leap year ends on 29 February",
                        new Addition("2024-01-31T08:00:00Z", 1, TimeVolumePeriod.MONTH, "2024-02-29T08:00:00Z")),
                named(
                        "a month from 23:59:59Z keeps the time of day",
                        new Addition("2025-04-30T23:59:59Z", 1, TimeVolumePeriod.MONTH, "2025-05-30T23:59:59Z")),
                named(
                        "a year from 29 February ends on 28 February",
                        new Addition("2024-02-29T00:00:00Z", 1, TimeVolumePeriod.YEAR, "2025-02-28T00:00:00Z")),
                named(
                        "twelve months equal one year",
                        new Addition("2025-06-15T12:00:00Z", 12, TimeVolumePeriod.MONTH, "2026-06-15T12:00:00Z")));
    }

    private static Arguments named(String name, Addition addition) {
        return Arguments.of(Named.of(name, addition));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("additions")
    void timeVolumesAddCalendarPeriodsInUtc(Addition addition) {
        Instant expiry = TimeVolumes.expiry(Instant.parse(addition.start()), addition.volume(), addition.period());

        assertThat(expiry).isEqualTo(Instant.parse(addition.expiry()));
    }

    @Test
    void validUntilTMeansValidAtTMinusOneMillisecondAndInvalidAtT() {
        Instant until = Instant.parse("2025-06-16T00:00:00Z");

        assertThat(TimeVolumes.isBefore(until.minusMillis(1), until)).isTrue();
        assertThat(TimeVolumes.isBefore(until, until)).isFalse();
    }
}
