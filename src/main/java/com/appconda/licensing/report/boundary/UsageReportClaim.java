package com.appconda.licensing.report.boundary;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The job's first step: claims every day of the range for this run, all or none. When another run holds one of them
 * (another node's timer for the same night, a second start from the console), nothing is claimed and the job ends as
 * {@value #CLAIMED_ELSEWHERE}: that run does the work.
 */
@Named
@Dependent
public class UsageReportClaim extends DaysBatchlet {

    public static final String CLAIMED_ELSEWHERE = "CLAIMED_ELSEWHERE";

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** How long a run's claim holds without the run finishing: longer than the longest run, short of a day. */
    @Inject
    @ConfigProperty(name = "licensing.reports.claim-lease", defaultValue = "PT6H")
    Duration lease;

    @Override
    @Transactional
    public String process() throws SQLException {
        for (LocalDate day : runDays()) {
            if (!claimed(day)) {
                transaction.setRollbackOnly();
                return CLAIMED_ELSEWHERE;
            }
        }
        return "CLAIMED";
    }

    /** A concurrent claim of the same day fails on its key or its row lock; either way the day is another run's. */
    private boolean claimed(LocalDate day) {
        try {
            return days.claim(day, job.getInstanceId(), clock.instant(), lease);
        } catch (SQLException heldByAnotherRun) {
            return false;
        }
    }
}
