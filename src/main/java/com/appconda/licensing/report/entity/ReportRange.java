package com.appconda.licensing.report.entity;

import java.time.LocalDate;
import java.util.List;

/** The days a run of the report job covers, from and to inclusive (UTC days). */
public record ReportRange(LocalDate from, LocalDate to) {

    /** At most a year per run: a longer range is a mistake more often than a wish, and it holds every day's claim. */
    public static final int MOST_DAYS = 366;

    public ReportRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    /** The job parameters as the job XML reads them. */
    public static ReportRange of(String from, String to) {
        return new ReportRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
