package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.WeeklyReportMailing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the weekly report e-mails. The e-mail of a week is due on the Monday after it at
 * {@code licensing.reports.mail-at} (HH:mm, UTC; default 06:00, after the nightly report has aggregated the
 * Sunday); the timer looks every hour, so that an e-mail a node could not send (the SMTP server down, the node
 * stopped on Monday) goes out within the hour after the cause is gone. Every node has the timer; the claims of
 * WeeklyReportMailing let one node send each vendor's week. {@code licensing.reports.mail=false} turns it off.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WeeklyReportMailer {

    private static final Logger LOG = Logger.getLogger(WeeklyReportMailer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    WeeklyReportMailing mailing;

    @Inject
    @ConfigProperty(name = "licensing.reports.mail", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "licensing.reports.mail-at", defaultValue = "06:00")
    String at;

    private LocalTime dueAt;

    @PostConstruct
    void schedule() {
        dueAt = NightlyReportScheduler.timeOfDay("licensing.reports.mail-at", at);
        if (!enabled) {
            LOG.info("weekly report e-mail is off (licensing.reports.mail=false)");
            return;
        }
        ScheduleExpression hourly = new ScheduleExpression()
                .timezone("UTC")
                .hour("*")
                .minute(dueAt.getMinute())
                .second(0);
        timers.createCalendarTimer(hourly, new TimerConfig("weekly-report-mail", false));
        LOG.info(() -> "weekly report e-mail on Mondays from " + dueAt + " UTC"
                + (mailing.smtpConfigured() ? "" : "; no SMTP server is configured (licensing.mail.smtp.host)"));
    }

    @Timeout
    void sendDue() {
        try {
            int sent = mailing.sendDue(dueAt);
            if (sent > 0) {
                LOG.info(() -> sent + " weekly report e-mails sent");
            }
        } catch (SQLException | RuntimeException failed) {
            LOG.log(Level.WARNING, "weekly report e-mails not sent; the next hour tries again", failed);
        }
    }
}
