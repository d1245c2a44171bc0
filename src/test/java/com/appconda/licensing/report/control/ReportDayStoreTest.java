package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.components.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report job's claims and purges on the real schema (H2 in memory, the server's migrations): which run may take
 * a day, and that nothing is purged or cleared that could not be computed again.
 */
class ReportDayStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = Instant.parse("2026-12-03T02:30:00Z");
    private static final Duration LEASE = Duration.ofHours(6);

    private final ReportDayStore days = new ReportDayStore();

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = TestDatabase.migratedH2("report-days");
        days.database = new ReportDatabase();
        days.database.dataSource = dataSource;
    }

    @Test
    void aDayHeldByARunningRunIsNotAnotherRunsUntilItIsDoneOrItsLeaseHasRunOut() throws SQLException {
        assertThat(days.claim(DAY, 1, NOW, LEASE)).as("a day nobody held").isTrue();
        assertThat(days.claim(DAY, 2, NOW.plusSeconds(1), LEASE))
                .as("another run, while run 1 works")
                .isFalse();
        assertThat(days.claim(DAY, 1, NOW.plusSeconds(60), LEASE))
                .as("run 1 restarted")
                .isTrue();
        assertThat(days.claim(DAY, 2, NOW.plus(LEASE), LEASE))
                .as("the lease counts from the latest claim")
                .isFalse();
        assertThat(days.claim(DAY, 2, NOW.plus(LEASE).plusSeconds(61), LEASE))
                .as("a claim older than the lease: its run died with its node")
                .isTrue();

        days.release(List.of(DAY), 1, NOW.plus(LEASE).plusSeconds(62));
        assertThat(state()).as("run 1 cannot release a day it lost").isEqualTo("RUNNING");
        days.release(List.of(DAY), 2, NOW.plus(LEASE).plusSeconds(63));
        assertThat(state()).isEqualTo("DONE");
        assertThat(days.claim(DAY, 3, NOW.plus(LEASE).plusSeconds(64), LEASE))
                .as("a done day is run again")
                .isTrue();
    }

    @Test
    void onlyTheEventsOfDoneDaysBeforeTheRetentionArePurgedAndAPurgedDaysFactsStay() throws SQLException {
        LocalDate neverRun = DAY.plusDays(1);
        event(1, DAY);
        event(2, neverRun);
        event(3, DAY.plusDays(40));
        fact(DAY);
        days.claim(DAY, 1, NOW, LEASE);
        days.release(List.of(DAY), 1, NOW);

        assertThat(days.purgeDoneDaysBefore(DAY.plusDays(30), NOW))
                .as("the done day's one event")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM usage_event"))
                .as("the day never aggregated keeps its event")
                .isEqualTo(2);
        assertThat(days.purgeDoneDaysBefore(DAY.plusDays(30), NOW))
                .as("purged once")
                .isZero();

        days.claim(DAY, 2, NOW, LEASE);
        days.clear(DAY);
        assertThat(count("SELECT COUNT(*) FROM usage_fact"))
                .as("a re-run of a purged day cannot compute its facts again, so it keeps them")
                .isEqualTo(1);

        fact(neverRun);
        days.claim(neverRun, 2, NOW, LEASE);
        days.clear(neverRun);
        assertThat(count("SELECT COUNT(*) FROM usage_fact WHERE fact_day = DATE '2026-11-03'"))
                .as("a day with its events is cleared to be computed again")
                .isZero();
    }

    private String state() throws SQLException {
        try (Connection c = days.database.connection();
                PreparedStatement query = c.prepareStatement("SELECT state FROM report_day WHERE report_day = ?")) {
            query.setObject(1, DAY);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = days.database.connection();
                PreparedStatement query = c.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void event(long id, LocalDate day) throws SQLException {
        try (Connection c = days.database.connection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO usage_event (id, vendor_id, occurred_at,"
                        + " usage_day, product_number, module_number, licensee_number, licensing_model, valid, quantity)"
                        + " VALUES (?, 1, ?, ?, 'P', 'M', 'L', 'Subscription', TRUE, 0)")) {
            insert.setLong(1, id);
            insert.setObject(2, ReportDatabase.startOf(day).plusHours(12));
            insert.setObject(3, day);
            insert.executeUpdate();
        }
    }

    private void fact(LocalDate day) throws SQLException {
        try (Connection c = days.database.connection();
                PreparedStatement insert = c.prepareStatement(UsageFactStore.INSERT)) {
            insert.setObject(1, day);
            insert.setLong(2, 1);
            insert.setString(3, "P");
            insert.setString(4, "M");
            insert.setString(5, "L");
            insert.setString(6, "Subscription");
            for (int column = 7; column <= 16; column++) {
                insert.setLong(column, 1);
            }
            insert.executeUpdate();
        }
    }
}
