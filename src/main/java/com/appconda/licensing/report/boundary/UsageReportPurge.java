package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportDayStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes raw usage events older than the retention, of the days whose facts are written only: a day that was never
 * aggregated keeps its events, however old, so nothing is purged before it is counted.
 */
@Named
@Dependent
public class UsageReportPurge extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(UsageReportPurge.class.getName());

    @Inject
    ReportDayStore days;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "licensing.reports.retention-days", defaultValue = "90")
    int retentionDays;

    @Override
    @Transactional
    public String process() throws SQLException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long deleted = days.purgeDoneDaysBefore(today.minusDays(Math.max(1, retentionDays)), clock.instant());
        LOG.info(() -> deleted + " usage events older than " + retentionDays + " days purged");
        return "PURGED " + deleted;
    }
}
