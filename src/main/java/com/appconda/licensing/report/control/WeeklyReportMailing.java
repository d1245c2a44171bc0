package com.appconda.licensing.report.control;

import com.appconda.licensing.platform.control.MailSender;
import com.appconda.licensing.platform.entity.MailMessage;
import com.appconda.licensing.platform.entity.MailUnavailableException;
import com.appconda.licensing.report.entity.Granularity;
import com.appconda.licensing.report.entity.ReportWeek;
import com.appconda.licensing.report.entity.UsagePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the weekly report e-mails: each vendor who switched it on gets the last ended week's once, from whichever
 * node claims it first. A failed send is recorded and released, and the next hourly try (on any node) sends it.
 * A node that dies between its claim and its send holds the week for {@link #CLAIM_LEASE} at most. Delivery is at
 * least once: a node that dies after the SMTP server took the e-mail and before it noted the week sends it again.
 */
@ApplicationScoped
public class WeeklyReportMailing {

    private static final Logger LOG = Logger.getLogger(WeeklyReportMailing.class.getName());

    /** How long a claim keeps other nodes off a vendor's week: far longer than a send may take. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(15);

    @Inject
    ReportMailStore store;

    @Inject
    UsageReportQueries queries;

    @Inject
    MailSender mail;

    @Inject
    Clock clock;

    /** Sends the e-mails of the last ended week that are due at {@code at} (UTC) on the Monday after it. */
    public int sendDue(LocalTime at) throws SQLException {
        Instant now = clock.instant();
        ReportWeek week = ReportWeek.lastEndedAt(now);
        if (now.isBefore(week.mailDueAt(at)) || !mail.configured()) {
            return 0;
        }
        int sent = 0;
        Instant claimsFrom = now.minus(CLAIM_LEASE);
        for (long vendorId : store.due(week, claimsFrom)) {
            if (store.claim(vendorId, week, now, claimsFrom)) {
                sent += sendClaimed(vendorId, week) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean sendClaimed(long vendorId, ReportWeek week) throws SQLException {
        try {
            ReportMailStore.Row row = store.find(vendorId).orElseThrow();
            mail.send(compose(vendorId, row.recipient(), week));
            store.sent(vendorId, week, clock.instant());
            return true;
        } catch (MailUnavailableException | SQLException | RuntimeException failed) {
            LOG.log(Level.WARNING, "weekly report e-mail of vendor " + vendorId + " for " + week + " failed", failed);
            store.failed(vendorId, failed.getMessage() == null ? failed.toString() : failed.getMessage());
            return false;
        }
    }

    /**
     * Sends a week's e-mail of one vendor now, to its recipient, whatever the timer has done: the vendor's way to
     * see it, to test the settings, or to have a week again. The week's scheduled e-mail is not affected.
     */
    public void sendNow(long vendorId, String recipient, ReportWeek week)
            throws SQLException, MailUnavailableException {
        mail.send(compose(vendorId, recipient, week));
    }

    public ReportWeek lastEndedWeek() {
        return ReportWeek.lastEndedAt(clock.instant());
    }

    MailMessage compose(long vendorId, String recipient, ReportWeek week) throws SQLException {
        UsagePeriod total =
                queries.periods(week.filter(vendorId), Granularity.WEEK).get(0);
        List<UsagePeriod> days = queries.periods(week.filter(vendorId), Granularity.DAY);
        return WeeklyReportMail.of(recipient, store.vendorName(vendorId), week, total, days);
    }

    public boolean smtpConfigured() {
        return mail.configured();
    }
}
