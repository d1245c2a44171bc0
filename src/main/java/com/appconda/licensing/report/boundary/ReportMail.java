package com.appconda.licensing.report.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EmailAddress;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.MailUnavailableException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.ServiceUnavailableException;
import com.appconda.licensing.report.control.ReportInputs;
import com.appconda.licensing.report.control.ReportMailStore;
import com.appconda.licensing.report.control.WeeklyReportMailing;
import com.appconda.licensing.report.entity.ReportMailSettings;
import com.appconda.licensing.report.entity.ReportWeek;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The vendor's weekly report e-mail: its settings (every role reads them, admins change them), and sending a week's
 * e-mail now. A change and its audit entry commit together; an e-mail sent now is audited once the SMTP server
 * has taken it (within the SMTP timeouts of MailSender).
 */
@Stateless
@RequiresRole(Role.READ_ONLY)
public class ReportMail {

    static final String SETTINGS = "weekly report e-mail";

    @Inject
    ReportMailStore store;

    @Inject
    WeeklyReportMailing mailing;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ReportMailSettings settings() throws SQLException {
        long vendorId = caller().vendorId();
        boolean smtp = mailing.smtpConfigured();
        return store.find(vendorId)
                .map(row -> new ReportMailSettings(
                        row.recipient(), row.enabled(), row.sentWeek(), row.sentAt(), row.lastFailure(), smtp))
                .orElse(new ReportMailSettings(store.vendorEmail(vendorId), false, null, null, null, smtp));
    }

    @RequiresRole(Role.ADMIN)
    public ReportMailSettings save(ReportMailRequest request) throws SQLException {
        String recipient = address(Fields.required("recipient", request.recipient()));
        boolean enabled = Fields.required("enabled", request.enabled());
        store.save(caller().vendorId(), recipient, enabled, ReportWeek.lastEndedAt(clock.instant()));
        audit.record(caller(), "UPDATE", SETTINGS, recipient, enabled ? "on" : "off");
        return settings();
    }

    /**
     * Sends a week's e-mail now to the saved recipient (or the account's address before any save): the week that
     * day is in, or the last ended week without one. The current week's tells the figures so far.
     */
    @RequiresRole(Role.ADMIN)
    public ReportMailSent sendNow(String day) throws SQLException {
        String recipient = settings().recipient();
        if (recipient == null || recipient.isBlank()) {
            throw new InvalidInputException("recipient", "is not set: save an address for the e-mail first");
        }
        ReportWeek week = week(day);
        try {
            mailing.sendNow(caller().vendorId(), recipient, week);
            audit.record(caller(), "SEND", SETTINGS, recipient, week.toString());
            return ReportMailSent.of(week, recipient);
        } catch (MailUnavailableException unavailable) {
            throw new ServiceUnavailableException(unavailable.getMessage());
        }
    }

    private ReportWeek week(String day) {
        if (day == null || day.isBlank()) {
            return mailing.lastEndedWeek();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportWeek week = ReportWeek.of(ReportInputs.day("week", day));
        if (week.monday().isAfter(today)) {
            throw new InvalidInputException("week", "has not begun: name a day of this week or an earlier one");
        }
        return week;
    }

    /** One address of valid form, or the field's error. */
    static String address(String given) {
        return EmailAddress.require("recipient", given);
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
