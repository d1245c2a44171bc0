package com.appconda.licensing.report.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.report.control.ReportInputs;
import com.appconda.licensing.report.control.ReportRuns;
import com.appconda.licensing.report.control.UsageBreakdowns;
import com.appconda.licensing.report.control.UsageReportQueries;
import com.appconda.licensing.report.entity.Granularity;
import com.appconda.licensing.report.entity.LicenseeModuleUsage;
import com.appconda.licensing.report.entity.ModelShare;
import com.appconda.licensing.report.entity.NodeAnomaly;
import com.appconda.licensing.report.entity.ReportFilter;
import com.appconda.licensing.report.entity.ReportRange;
import com.appconda.licensing.report.entity.ReportRun;
import com.appconda.licensing.report.entity.UsagePeriod;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The usage reports: usage over time from the daily facts, and the runs of the job that computes them. Reading is for
 * every role; starting, stopping and restarting runs is for admins, since a run recomputes every vendor's days.
 */
@Stateless
@RequiresRole(Role.READ_ONLY)
public class UsageReports {

    static final String RUN = "usage report run";
    /** Runs the history shows. */
    static final int HISTORY = 20;
    /** Rows a breakdown answers at most: the busiest, which are the ones a vendor looks for. */
    static final int MOST_ROWS = 1_000;

    @Inject
    UsageReportQueries queries;

    @Inject
    UsageBreakdowns breakdowns;

    @Inject
    ReportRuns runs;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<UsagePeriod> usage(String from, String to, String granularity, String productNumber)
            throws SQLException {
        Granularity by =
                Fields.orKeep(Fields.enumValue(Granularity.class, "granularity", granularity), Granularity.DAY);
        return queries.periods(filter(from, to, productNumber), by);
    }

    /** Each licensee's use of each module, most answers first; with floatingOnly the Floating modules only. */
    public List<LicenseeModuleUsage> perLicenseeAndModule(
            String from, String to, String productNumber, boolean floatingOnly) throws SQLException {
        return breakdowns.perLicenseeAndModule(filter(from, to, productNumber), floatingOnly, MOST_ROWS);
    }

    public List<ModelShare> modelMix(String from, String to, String productNumber) throws SQLException {
        return breakdowns.modelMix(filter(from, to, productNumber));
    }

    public List<NodeAnomaly> nodeAnomalies(String from, String to, String productNumber) throws SQLException {
        return breakdowns.nodeAnomalies(filter(from, to, productNumber), MOST_ROWS);
    }

    /** The vendor's products that have usage facts. */
    public List<String> products() throws SQLException {
        return breakdowns.products(caller().vendorId());
    }

    @RequiresRole(Role.ADMIN)
    public ReportRun start(ReportRunRequest request) throws SQLException {
        ReportRange range = ReportInputs.range(request.from(), request.to(), today());
        long execution = runs.start(range, ReportInputs.chunkSize(request.chunkSize()));
        audit.record(caller(), "START", RUN, Long.toString(execution), range.from() + " to " + range.to());
        return runs.find(execution);
    }

    @RequiresRole(Role.ADMIN)
    public ReportRun restart(long executionId) throws SQLException {
        ReportRun failed = find(executionId);
        if (!failed.restartable()) {
            throw new InvalidInputException("run", "is " + failed.status() + "; only a failed or stopped run restarts");
        }
        try {
            long execution = runs.restart(executionId);
            audit.record(caller(), "RESTART", RUN, Long.toString(execution), "run " + executionId);
            return runs.find(execution);
        } catch (JobRestartException notRestartable) {
            throw new InvalidInputException("run", "cannot restart: " + notRestartable.getMessage());
        }
    }

    @RequiresRole(Role.ADMIN)
    public ReportRun stop(long executionId) throws SQLException {
        find(executionId);
        try {
            runs.stop(executionId);
        } catch (JobExecutionNotRunningException finished) {
            throw new InvalidInputException("run", "is not running");
        }
        audit.record(caller(), "STOP", RUN, Long.toString(executionId), "");
        return runs.find(executionId);
    }

    public List<ReportRun> history() throws SQLException {
        return runs.latest(HISTORY);
    }

    public ReportRun find(long executionId) throws SQLException {
        try {
            return runs.find(executionId);
        } catch (NoSuchJobExecutionException unknown) {
            throw new UnknownEntityException(RUN, Long.toString(executionId));
        }
    }

    private ReportFilter filter(String from, String to, String productNumber) {
        ReportRange range = ReportInputs.range(from, to, LocalDate.MAX);
        String product = productNumber == null || productNumber.isBlank() ? null : productNumber.trim();
        return new ReportFilter(caller().vendorId(), range.from(), range.to(), product);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
