package com.appconda.licensing.report.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A vendor's weekly report e-mail: whether it asked for it, where it goes, and how the last week went.
 *
 * @param sentWeek       Monday of the last week whose e-mail went out; null before the first
 * @param sentAt         when that e-mail went out
 * @param lastFailure    why the last try failed; null after a success
 * @param smtpConfigured whether this server has an SMTP server to send through
 */
public record ReportMailSettings(
        String recipient,
        boolean enabled,
        LocalDate sentWeek,
        Instant sentAt,
        String lastFailure,
        boolean smtpConfigured) {}
