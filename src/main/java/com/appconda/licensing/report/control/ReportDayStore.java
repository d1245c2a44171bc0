package com.appconda.licensing.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The days the report job owns ({@code report_day}): claimed by one run before it touches them, released when
 * their facts are written, purged of raw events when they are old enough. Every statement joins the caller's
 * transaction.
 */
@ApplicationScoped
public class ReportDayStore {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    @Inject
    ReportDatabase database;

    /**
     * Claims the day for the run, unless another run holds it: a day is free when it is done, when this run held
     * it already (a restart), or when its claim is older than the lease (its run died with its node).
     *
     * @return false when another run holds the day: that run does the work, this one must stop
     */
    public boolean claim(LocalDate day, long owner, Instant now, Duration lease) throws SQLException {
        try (Connection c = database.connection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE report_day SET owner = ?, state = ?,"
                    + " claimed_at = ?, finished_at = NULL, failure = NULL WHERE report_day = ?"
                    + " AND (state = ? OR owner = ? OR claimed_at < ?)")) {
                update.setLong(1, owner);
                update.setString(2, RUNNING);
                update.setObject(3, now.atOffset(ZoneOffset.UTC));
                update.setObject(4, day);
                update.setString(5, DONE);
                update.setLong(6, owner);
                update.setObject(7, now.minus(lease).atOffset(ZoneOffset.UTC));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            if (exists(c, day)) {
                return false;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO report_day (report_day, owner, state,"
                    + " claimed_at, items, done) VALUES (?, ?, ?, ?, 0, 0)")) {
                insert.setObject(1, day);
                insert.setLong(2, owner);
                insert.setString(3, RUNNING);
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        }
    }

    /**
     * Forgets the day's facts and progress before it is aggregated again, so that a re-run replaces them; but not
     * the facts of a day whose raw events were purged: nothing could compute them again, so they stay.
     */
    public void clear(LocalDate day) throws SQLException {
        try (Connection c = database.connection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM usage_fact WHERE fact_day = ? AND NOT"
                    + " EXISTS (SELECT 1 FROM report_day WHERE report_day = ? AND purged_at IS NOT NULL)")) {
                delete.setObject(1, day);
                delete.setObject(2, day);
                delete.executeUpdate();
            }
            try (PreparedStatement reset =
                    c.prepareStatement("UPDATE report_day SET items = 0, done = 0, facts = 0 WHERE report_day = ?")) {
                reset.setObject(1, day);
                reset.executeUpdate();
            }
        }
    }

    /** Records how many licensee-days the day has to aggregate, once its reader has listed them. */
    public void plan(LocalDate day, long items) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement update = c.prepareStatement("UPDATE report_day SET items = ? WHERE report_day = ?")) {
            update.setLong(1, items);
            update.setObject(2, day);
            update.executeUpdate();
        }
    }

    /** Counts a chunk's licensee-days and facts as done, in the chunk's transaction. */
    public void progress(LocalDate day, long licenseeDays, long facts) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE report_day SET done = done + ?, facts = facts + ? WHERE report_day = ?")) {
            update.setLong(1, licenseeDays);
            update.setLong(2, facts);
            update.setObject(3, day);
            update.executeUpdate();
        }
    }

    /** Marks the run's days done. */
    public void release(List<LocalDate> days, long owner, Instant now) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE report_day SET state = ?, finished_at = ?" + " WHERE report_day = ? AND owner = ?")) {
            for (LocalDate day : days) {
                update.setString(1, DONE);
                update.setObject(2, now.atOffset(ZoneOffset.UTC));
                update.setObject(3, day);
                update.setLong(4, owner);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Deletes the raw events of the days before {@code before} whose facts are written (done) and whose events are
     * still there. A day never aggregated keeps its events, whatever its age.
     *
     * @return the events deleted
     */
    public long purgeDoneDaysBefore(LocalDate before, Instant now) throws SQLException {
        long deleted = 0;
        try (Connection c = database.connection()) {
            for (LocalDate day : donePurgeableDays(c, before)) {
                try (PreparedStatement delete =
                        c.prepareStatement("DELETE FROM usage_event WHERE occurred_at >= ? AND occurred_at < ?")) {
                    delete.setObject(1, ReportDatabase.startOf(day));
                    delete.setObject(2, ReportDatabase.startOf(day.plusDays(1)));
                    deleted += delete.executeUpdate();
                }
                try (PreparedStatement mark =
                        c.prepareStatement("UPDATE report_day SET purged_at = ? WHERE report_day = ?")) {
                    mark.setObject(1, now.atOffset(ZoneOffset.UTC));
                    mark.setObject(2, day);
                    mark.executeUpdate();
                }
            }
        }
        return deleted;
    }

    private static List<LocalDate> donePurgeableDays(Connection c, LocalDate before) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT report_day FROM report_day"
                + " WHERE state = ? AND purged_at IS NULL AND report_day < ? ORDER BY report_day")) {
            query.setString(1, DONE);
            query.setObject(2, before);
            try (ResultSet rows = query.executeQuery()) {
                List<LocalDate> days = new ArrayList<>();
                while (rows.next()) {
                    days.add(rows.getObject(1, LocalDate.class));
                }
                return days;
            }
        }
    }

    private static boolean exists(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM report_day WHERE report_day = ?")) {
            query.setObject(1, day);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
