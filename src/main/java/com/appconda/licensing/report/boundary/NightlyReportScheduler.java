package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportRuns;
import com.appconda.licensing.report.entity.ReportRange;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the report job every night for the day before (UTC), at {@code licensing.reports.nightly-at} (HH:mm, UTC;
 * default 02:30). Every node has the timer: the job's claim step lets one run do the day, the others see the claim
 * and end. {@code licensing.reports.nightly=false} turns it off (a node that only answers the Broker).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyReportScheduler {

    private static final Logger LOG = Logger.getLogger(NightlyReportScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReportRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "licensing.reports.nightly", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "licensing.reports.nightly-at", defaultValue = "02:30")
    String at;

    @PostConstruct
    void schedule() {
        openTheJobRepository();
        if (!enabled) {
            LOG.info("nightly usage report is off (licensing.reports.nightly=false)");
            return;
        }
        LocalTime time = timeOfDay("licensing.reports.nightly-at", at);
        ScheduleExpression nightly = new ScheduleExpression()
                .timezone("UTC")
                .hour(time.getHour())
                .minute(time.getMinute())
                .second(0);
        timers.createCalendarTimer(nightly, new TimerConfig("nightly-usage-report", false));
        LOG.info(() -> "nightly usage report at " + time + " UTC");
    }

    /**
     * Has the batch runtime open its job repository now, outside any transaction. On first use it creates its tables;
     * inside a caller's transaction (a facade's) that DDL is invisible to the runtime's next connection on PostgreSQL
     * and rolled back with the failed call, so the repository would never come to exist there. Payara's first query
     * after creating them fails on PostgreSQL even here, the tables being there for the second: hence two tries.
     */
    private void openTheJobRepository() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                runs.openRepository();
                return;
            } catch (RuntimeException unavailable) {
                if (attempt == 2) {
                    LOG.log(
                            Level.WARNING,
                            "the job repository could not be opened at start; the first report run will try again",
                            unavailable);
                }
            }
        }
    }

    /** The configured time, or a start-up failure that says which setting is wrong and how it is written. */
    static LocalTime timeOfDay(String setting, String configured) {
        try {
            return LocalTime.parse(configured.trim());
        } catch (DateTimeParseException wrong) {
            throw new IllegalStateException(
                    setting + " is '" + configured + "': write a time of day in UTC, as 02:30", wrong);
        }
    }

    @Timeout
    void runForYesterday() {
        LocalDate yesterday =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        long execution = runs.start(new ReportRange(yesterday, yesterday), null);
        LOG.info(() -> "nightly usage report for " + yesterday + " started as run " + execution);
    }
}
