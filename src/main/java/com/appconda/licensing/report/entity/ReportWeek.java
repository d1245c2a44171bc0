package com.appconda.licensing.report.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** An ISO week of the reports, Monday to Sunday in UTC, named by its Monday. */
public record ReportWeek(LocalDate monday) {

    public ReportWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is a " + monday.getDayOfWeek() + ", not a Monday");
        }
    }

    /** The week a day is in. */
    public static ReportWeek of(LocalDate day) {
        return new ReportWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The last week that has ended at this instant: at any time of a Monday, the week before. */
    public static ReportWeek lastEndedAt(Instant now) {
        return of(LocalDate.ofInstant(now, ZoneOffset.UTC)).previous();
    }

    public ReportWeek previous() {
        return new ReportWeek(monday.minusWeeks(1));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /**
     * When this week's e-mail is due: on the Monday after it, at the configured time of day (UTC), which is after
     * the nightly report has aggregated the Sunday.
     */
    public Instant mailDueAt(LocalTime at) {
        return monday.plusWeeks(1).atTime(at).toInstant(ZoneOffset.UTC);
    }

    public ReportFilter filter(long vendorId) {
        return new ReportFilter(vendorId, monday, sunday(), null);
    }

    @Override
    public String toString() {
        return monday + " to " + sunday();
    }
}
