package com.appconda.licensing.report.boundary;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;

/** Marks the run's days done once every partition has written its facts. */
@Named
@Dependent
public class UsageReportRelease extends DaysBatchlet {

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public String process() throws SQLException {
        days.release(runDays(), job.getInstanceId(), clock.instant());
        return "RELEASED";
    }
}
