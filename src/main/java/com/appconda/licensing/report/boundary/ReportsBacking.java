package com.appconda.licensing.report.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.report.entity.LicenseeModuleUsage;
import com.appconda.licensing.report.entity.ModelShare;
import com.appconda.licensing.report.entity.NodeAnomaly;
import com.appconda.licensing.report.entity.ReportRun;
import com.appconda.licensing.report.entity.UsagePeriod;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.PrimeFaces;

/**
 * console/report/list.xhtml: the usage reports over a range of days (last 30 by default), by product and
 * granularity, with their charts and tables; and the report job's history, where a run is started for a range and
 * followed by its progress bar until it ends, and a failed one restarted.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportsBacking.class.getName());
    /** Rows the page's tables and the floating chart show: the busiest. */
    static final int TOP = 20;

    @Inject
    UsageReports reports;

    @Inject
    transient Clock clock;

    private LocalDate from;
    private LocalDate to;
    private String granularity = "day";
    private String product;
    private LocalDate runFrom;
    private LocalDate runTo;

    private List<String> products = List.of();
    private List<UsagePeriod> periods = List.of();
    private List<LicenseeModuleUsage> licensees = List.of();
    private List<LicenseeModuleUsage> floating = List.of();
    private List<ModelShare> modelMix = List.of();
    private List<NodeAnomaly> anomalies = List.of();
    private List<ReportRun> runs = List.of();
    private boolean anyRunning;

    @PostConstruct
    void load() {
        to = today();
        from = to.minusDays(29);
        runFrom = to;
        runTo = to;
        apply();
        refreshRuns();
    }

    /** Reads the reports for the chosen range, product and granularity; a bad range is told beside the dates. */
    public void apply() {
        try {
            String first = text(from);
            String last = text(to);
            periods = reports.usage(first, last, granularity, product);
            List<LicenseeModuleUsage> all = reports.perLicenseeAndModule(first, last, product, false);
            licensees = all.subList(0, Math.min(TOP, all.size()));
            List<LicenseeModuleUsage> seats = reports.perLicenseeAndModule(first, last, product, true);
            floating = seats.subList(0, Math.min(TOP, seats.size()));
            modelMix = reports.modelMix(first, last, product);
            anomalies = reports.nodeAnomalies(first, last, product);
            products = reports.products();
        } catch (LicensingException refused) {
            Feedback.refused(refused, "filters");
        } catch (SQLException unreadable) {
            unreadable("the reports", unreadable);
        }
    }

    /** Starts a run for the chosen days; its row appears in the history and the poll follows it. */
    public void startRun() {
        if (Feedback.attempt("runForm", () -> {
            ReportRun run = start(text(runFrom), text(runTo));
            return "Run " + run.executionId() + " started for " + run.from() + " to " + run.to() + ".";
        })) {
            // As if it ran: a run that ends before this answer still brings the reports up to date.
            anyRunning = true;
            refreshRuns();
        }
    }

    public void restart(ReportRun failed) {
        if (Feedback.attempt(null, () -> {
            ReportRun run = restartRun(failed.executionId());
            return "Run " + failed.executionId() + " restarted from its last checkpoint as " + run.executionId() + ".";
        })) {
            anyRunning = true;
            refreshRuns();
        }
    }

    /** The poll's listener: the history again, and the reports too once the last running run has ended. */
    public void refreshRuns() {
        boolean wasRunning = anyRunning;
        try {
            runs = reports.history();
            anyRunning = runs.stream().anyMatch(ReportRun::running);
        } catch (SQLException unreadable) {
            anyRunning = false;
            unreadable("the job's history", unreadable);
        }
        if (wasRunning && !anyRunning) {
            apply();
            PrimeFaces.current().ajax().update("reports");
        }
    }

    private ReportRun start(String first, String last) {
        try {
            return reports.start(new ReportRunRequest(first, last, null));
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private ReportRun restartRun(long executionId) {
        try {
            return reports.restart(executionId);
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void unreadable(String what, SQLException cause) {
        LOG.log(Level.WARNING, "could not read " + what, cause);
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                "The database did not answer, so " + what + " could not be read. Try again.",
                                null));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public String getValidationsChart() {
        return ReportCharts.validations(periods);
    }

    public String getConsumptionChart() {
        return ReportCharts.consumption(periods);
    }

    public String getFloatingChart() {
        return ReportCharts.floatingPeaks(floating);
    }

    public String getModelMixChart() {
        return ReportCharts.modelMix(modelMix);
    }

    public String period(UsagePeriod period) {
        return ReportCharts.period(period);
    }

    public long getTotalValidations() {
        return periods.stream().mapToLong(UsagePeriod::validations).sum();
    }

    public long getTotalInvalid() {
        return periods.stream().mapToLong(UsagePeriod::invalidAnswers).sum();
    }

    public long getTotalConsumed() {
        return periods.stream().mapToLong(UsagePeriod::consumed).sum();
    }

    public long getTotalNewLicensees() {
        return periods.stream().mapToLong(UsagePeriod::newLicensees).sum();
    }

    public long getTotalNewLicenses() {
        return periods.stream().mapToLong(UsagePeriod::newLicenses).sum();
    }

    public long getTotalRefused() {
        return periods.stream().mapToLong(UsagePeriod::refusedCheckouts).sum();
    }

    /** Read when shown, not injected: a view-scoped bean may only hold what can be passivated. */
    public String getNightlyAt() {
        return ConfigProvider.getConfig()
                .getOptionalValue("licensing.reports.nightly-at", String.class)
                .orElse("02:30");
    }

    public LocalDate getToday() {
        return today();
    }

    public List<String> getProducts() {
        return products;
    }

    public List<UsagePeriod> getPeriods() {
        return periods;
    }

    public List<LicenseeModuleUsage> getLicensees() {
        return licensees;
    }

    public List<LicenseeModuleUsage> getFloating() {
        return floating;
    }

    public List<ModelShare> getModelMix() {
        return modelMix;
    }

    public List<NodeAnomaly> getAnomalies() {
        return anomalies;
    }

    public List<ReportRun> getRuns() {
        return runs;
    }

    public boolean isAnyRunning() {
        return anyRunning;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getGranularity() {
        return granularity;
    }

    public void setGranularity(String granularity) {
        this.granularity = granularity;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public LocalDate getRunFrom() {
        return runFrom;
    }

    public void setRunFrom(LocalDate runFrom) {
        this.runFrom = runFrom;
    }

    public LocalDate getRunTo() {
        return runTo;
    }

    public void setRunTo(LocalDate runTo) {
        this.runTo = runTo;
    }
}
