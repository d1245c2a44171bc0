package com.appconda.licensing.report.control;

import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.report.entity.ReportRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns the dates a caller sends into a range, with a message per field when they do not make one. */
public final class ReportInputs {

    /** Licensee-days between two checkpoints at most: a chunk is one transaction. */
    public static final int MOST_PER_CHECKPOINT = 1_000;

    private ReportInputs() {}

    /** The checkpoint interval a caller asks for, or null for the job's default. */
    public static Integer chunkSize(Integer asked) {
        if (asked != null && (asked < 1 || asked > MOST_PER_CHECKPOINT)) {
            throw new InvalidInputException("chunkSize", "must be 1 to " + MOST_PER_CHECKPOINT);
        }
        return asked;
    }

    /**
     * The days from..to, inclusive, at most {@value ReportRange#MOST_DAYS} of them and none after {@code latest}.
     */
    public static ReportRange range(String from, String to, LocalDate latest) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.put("to", "must not be before from (" + first + ")");
            } else if (first.plusDays(ReportRange.MOST_DAYS).isBefore(last.plusDays(1))) {
                problems.put("to", "must be at most " + ReportRange.MOST_DAYS + " days after from");
            } else if (last.isAfter(latest)) {
                problems.put("to", "must not be after " + latest + " (UTC)");
            }
        }
        if (!problems.isEmpty()) {
            String told = problems.entrySet().stream()
                    .map(problem -> problem.getKey() + " " + problem.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            throw new InvalidInputException("the dates do not make a range: " + told, problems);
        }
        return new ReportRange(first, last);
    }

    /** One day, as 2026-12-01, or the field's error. */
    public static LocalDate day(String field, String value) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate day = date(field, value, problems);
        if (day == null) {
            throw new InvalidInputException(field, problems.get(field));
        }
        return day;
    }

    private static LocalDate date(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "is required, as a date like 2026-12-01");
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            problems.put(field, "must be a date like 2026-12-01");
            return null;
        }
    }
}
