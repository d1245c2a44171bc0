package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.ReportRange;
import com.appconda.licensing.report.entity.ReportRun;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Starts the report job and reads its history from the batch runtime's job repository (which is the application's
 * database, see server-config/), with each run's progress from the days it owns.
 */
@ApplicationScoped
public class ReportRuns {

    public static final String JOB = "nightly-usage-report";
    static final String AGGREGATE = "aggregate";

    @Inject
    RunProgress progress;

    /** Any call of the job operator opens the repository (and creates its tables the first time). */
    public void openRepository() {
        operator().getJobNames();
    }

    /** Starts a run for the range; the batch runtime runs it on its own threads. */
    public long start(ReportRange range, Integer chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty("from", range.from().toString());
        parameters.setProperty("to", range.to().toString());
        if (chunkSize != null) {
            parameters.setProperty("chunk", chunkSize.toString());
        }
        return operator().start(JOB, parameters);
    }

    /**
     * Starts a failed or stopped run again, from its last checkpoint, with its own days: a restart's parameters
     * replace the first execution's (Jakarta Batch does not carry them over), so they are passed again.
     */
    public long restart(long executionId) {
        JobOperator operator = operator();
        return operator.restart(
                executionId, operator.getJobExecution(executionId).getJobParameters());
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** The latest runs, newest first. */
    public List<ReportRun> latest(int most) throws SQLException {
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(JOB, 0, most);
        } catch (NoSuchJobException neverRun) {
            return List.of();
        }
        List<ReportRun> runs = new ArrayList<>();
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                runs.add(run(instance.getInstanceId(), execution));
            }
        }
        runs.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
        return runs.size() <= most ? runs : runs.subList(0, most);
    }

    public ReportRun find(long executionId) throws SQLException {
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        return run(operator.getJobInstance(executionId).getInstanceId(), execution);
    }

    private ReportRun run(long instanceId, JobExecution execution) throws SQLException {
        Properties parameters = execution.getJobParameters();
        RunProgress.Progress counted = fromMetrics(execution.getExecutionId());
        RunProgress.Progress owned = progress.of(instanceId);
        if (owned == RunProgress.Progress.NONE) {
            owned = counted;
        }
        return ReportRun.of(
                execution.getExecutionId(),
                instanceId,
                LocalDate.parse(parameters.getProperty("from")),
                LocalDate.parse(parameters.getProperty("to")),
                String.valueOf(execution.getBatchStatus()),
                execution.getExitStatus(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                owned.items(),
                owned.done(),
                owned.facts(),
                counted.items(),
                counted.done(),
                owned.failure());
    }

    /**
     * What this execution's aggregate step read and wrote, as the batch runtime counted it (facts are not counted
     * there): the history's read and written, and the progress of a run whose days a later run has taken over.
     */
    private static RunProgress.Progress fromMetrics(long executionId) {
        long read = 0;
        long written = 0;
        for (StepExecution step : operator().getStepExecutions(executionId)) {
            if (AGGREGATE.equals(step.getStepName())) {
                read += metric(step, Metric.MetricType.READ_COUNT);
                written += metric(step, Metric.MetricType.WRITE_COUNT);
            }
        }
        return new RunProgress.Progress(read, written, 0, null);
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
