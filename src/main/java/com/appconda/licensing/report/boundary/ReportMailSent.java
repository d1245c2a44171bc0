package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.entity.ReportWeek;
import java.time.LocalDate;

/** The weekly report e-mail that was just sent: the week it reports and where it went. */
public record ReportMailSent(LocalDate from, LocalDate to, String recipient) {

    static ReportMailSent of(ReportWeek week, String recipient) {
        return new ReportMailSent(week.monday(), week.sunday(), recipient);
    }
}
