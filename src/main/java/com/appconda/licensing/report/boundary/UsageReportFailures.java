package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportFailureLog;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps why a step failed, so that the job history can say it: the batch runtime keeps a failed status, not its
 * reason. Written in a transaction of its own, since the failed step's was rolled back.
 */
@Named
@Dependent
public class UsageReportFailures extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(UsageReportFailures.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ReportFailureLog failures;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            // The cause's own words, for the history the console shows: not a class name, never a stack trace.
            String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                    ? failure.getClass().getSimpleName()
                    : failure.getMessage();
            LOG.log(Level.WARNING, "usage report step " + step.getStepName() + " failed", failure);
            failures.record(job.getInstanceId(), step.getStepName() + ": " + reason);
        }
    }
}
