package com.appconda.licensing.report.control;

import com.appconda.licensing.platform.entity.MailMessage;
import com.appconda.licensing.report.entity.ReportWeek;
import com.appconda.licensing.report.entity.UsagePeriod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The weekly report e-mail of one vendor: the week's figures in the text, its days as the usage report's CSV (the
 * same lines as {@code GET /reports/usage?granularity=day} for the week) attached.
 */
public final class WeeklyReportMail {

    private WeeklyReportMail() {}

    /**
     * @param week the week's totals (one period from Monday to Sunday)
     * @param days the week's days, one period each, as the CSV gives them
     */
    public static MailMessage of(
            String recipient, String vendorName, ReportWeek reported, UsagePeriod week, List<UsagePeriod> days) {
        String subject =
                "AppLicensing weekly usage report, " + reported + ": " + number(week.validations()) + " validations";
        StringBuilder text = new StringBuilder();
        text.append("Usage of ")
                .append(vendorName)
                .append("'s licenses in the week ")
                .append(reported)
                .append(" (UTC).\r\n\r\n");
        line(text, "Validations", number(week.validations()));
        line(text, "  valid", number(week.validAnswers()));
        line(text, "  invalid", number(week.invalidAnswers()));
        line(text, "Licensees that validated", number(week.licensees()));
        line(text, "Units consumed", number(week.consumed()));
        line(text, "Floating peak (seats held)", week.peakInUse() == null ? "none held" : number(week.peakInUse()));
        line(text, "Refused checkouts", number(week.refusedCheckouts()));
        line(text, "New licensees", number(week.newLicensees()));
        line(text, "New licenses", number(week.newLicenses()));
        if (week.unitsLeft() != null) {
            line(text, "Pay-per-use units left", number(week.unitsLeft()));
        }
        text.append("\r\nPer day:\r\n");
        for (UsagePeriod day : days) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %s  %10s validations  %10s invalid  %8s licensees\r\n",
                    day.from(),
                    number(day.validations()),
                    number(day.invalidAnswers()),
                    number(day.licensees())));
        }
        text.append("\r\nThe attached CSV holds the week's days with every figure. The Reports page of the console")
                .append(" has the charts, the reports per licensee and module, and the floating and node-locked")
                .append(" reports.\r\n\r\nThis e-mail comes because the weekly report e-mail is switched on in the")
                .append(" Reports page of AppLicensing; switch it off there to receive no more.\r\n");
        byte[] csv = UsageCsv.of(days).getBytes(StandardCharsets.UTF_8);
        return new MailMessage(
                recipient,
                subject,
                text.toString(),
                "usage-" + reported.monday() + "-" + reported.sunday() + ".csv",
                "text/csv; charset=UTF-8",
                csv);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-28s %12s", label, value)).append("\r\n");
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
