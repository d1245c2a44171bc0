package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.MailMessage;
import com.appconda.licensing.report.entity.ReportWeek;
import com.appconda.licensing.report.entity.UsagePeriod;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyReportMailTest {

    static final ReportWeek WEEK = new ReportWeek(LocalDate.parse("2026-11-23"));

    @Test
    void theMailGivesTheWeeksFiguresAndAttachesItsDaysAsTheUsageCsv() {
        List<UsagePeriod> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = WEEK.monday().plusDays(d);
            days.add(new UsagePeriod(
                    day,
                    day,
                    1_000 + d,
                    990 + d,
                    10,
                    5,
                    100,
                    d == 3 ? 4L : null,
                    d == 3 ? 2 : 0,
                    d == 1 ? 3 : 0,
                    d == 1 ? 5 : 0,
                    90L - d,
                    null));
        }
        UsagePeriod week =
                new UsagePeriod(WEEK.monday(), WEEK.sunday(), 7_021, 6_951, 70, 12, 700, 4L, 2, 3, 5, 84L, null);

        MailMessage mail = WeeklyReportMail.of("ops@example.com", "Acme", WEEK, week, days);

        assertThat(mail.to()).isEqualTo("ops@example.com");
        assertThat(mail.subject())
                .isEqualTo("AppLicensing weekly usage report, 2026-11-23 to 2026-11-29: 7,021 validations");
        assertThat(mail.text())
                .contains("Usage of Acme's licenses in the week 2026-11-23 to 2026-11-29 (UTC).")
                .containsPattern("Validations +7,021\r\n")
                .containsPattern("  invalid +70\r\n")
                .containsPattern("Licensees that validated +12\r\n")
                .containsPattern("Units consumed +700\r\n")
                .containsPattern("Floating peak \\(seats held\\) +4\r\n")
                .containsPattern("Refused checkouts +2\r\n")
                .containsPattern("New licensees +3\r\n")
                .containsPattern("New licenses +5\r\n")
                .containsPattern("Pay-per-use units left +84\r\n")
                .contains("2026-11-26       1,003 validations")
                .contains("switch it off there");
        assertThat(mail.attachmentName()).isEqualTo("usage-2026-11-23-2026-11-29.csv");
        assertThat(mail.attachmentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(new String(mail.attachment(), StandardCharsets.UTF_8))
                .isEqualTo(UsageCsv.of(days))
                .startsWith(UsageCsv.HEADER)
                .contains("2026-11-26,2026-11-26,1003,993,10,5,100,4,2,0,0,87,\r\n")
                .contains("2026-11-24,2026-11-24,1001,991,10,5,100,,0,3,5,89,\r\n");
    }

    @Test
    void aWeekWithoutSeatsSaysNoneWereHeld() {
        UsagePeriod quiet = new UsagePeriod(WEEK.monday(), WEEK.sunday(), 0, 0, 0, 0, 0, null, 0, 0, 0, null, null);

        MailMessage mail = WeeklyReportMail.of("ops@example.com", "Acme", WEEK, quiet, List.of());

        assertThat(mail.text()).containsPattern("Floating peak \\(seats held\\) +none held");
        assertThat(mail.subject()).endsWith(": 0 validations");
    }
}
