package com.appconda.licensing.report.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the report job, as its history shows it.
 *
 * @param status     the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED
 * @param exitStatus COMPLETED, CLAIMED_ELSEWHERE (another run held a day), or the batch status
 * @param items      the licensee-days to aggregate, once the run has listed them
 * @param done       the licensee-days written so far
 * @param read       the licensee-days the aggregate step read, as the batch runtime counts them (a restart's
 *                   count goes on from the stopped execution's, as its partitions do)
 * @param written    the licensee-days the aggregate step wrote, counted the same way
 * @param failure    why the run failed, when it did
 * @param percent    how far the run is, 0 to 100
 * @param running    the run is starting, started or stopping
 * @param restartable a failed or stopped run goes on from its last checkpoint when restarted
 */
public record ReportRun(
        long executionId,
        long instanceId,
        LocalDate from,
        LocalDate to,
        String status,
        String exitStatus,
        Instant started,
        Instant ended,
        long items,
        long done,
        long facts,
        long read,
        long written,
        String failure,
        int percent,
        boolean running,
        boolean restartable) {

    /** A run as the job repository and the day table tell it; percent, running and restartable follow. */
    public static ReportRun of(
            long executionId,
            long instanceId,
            LocalDate from,
            LocalDate to,
            String status,
            String exitStatus,
            Instant started,
            Instant ended,
            long items,
            long done,
            long facts,
            long read,
            long written,
            String failure) {
        return new ReportRun(
                executionId,
                instanceId,
                from,
                to,
                status,
                exitStatus,
                started,
                ended,
                items,
                done,
                facts,
                read,
                written,
                failure,
                percent(status, items, done),
                "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status),
                "FAILED".equals(status) || "STOPPED".equals(status));
    }

    /** Percent done, 0 to 100; a completed run is at 100 even with nothing to aggregate. */
    private static int percent(String status, long items, long done) {
        if ("COMPLETED".equals(status)) {
            return 100;
        }
        return items == 0 ? 0 : (int) Math.min(100, done * 100 / items);
    }
}
