package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.components.TestDatabase;
import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.Granularity;
import com.appconda.licensing.report.entity.ReportFilter;
import com.appconda.licensing.report.entity.UsagePeriod;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The burn-down's figures over real facts (H2 in memory, the server's migrations). */
class UsageReportQueriesTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    private final UsageReportQueries queries = new UsageReportQueries();
    private final UsageFactStore facts = new UsageFactStore();

    @BeforeEach
    void database() {
        ReportDatabase database = new ReportDatabase();
        database.dataSource = TestDatabase.migratedH2("report-queries");
        queries.database = database;
        facts.database = database;
    }

    @Test
    void unitsLeftAtAPeriodsEndAreEachModulesAsItsLastDayWithUsageLeftThem() throws SQLException {
        facts.insert(List.of(
                credits(MONDAY.minusDays(3), "C-1", 100L),
                credits(MONDAY, "C-1", 90L),
                credits(MONDAY.plusDays(2), "C-2", 50L),
                credits(MONDAY.plusDays(3), "C-1", 80L),
                credits(MONDAY.plusDays(3), "C-3", -1L),
                quota(MONDAY.plusDays(1), "C-1", 25L)));

        List<UsagePeriod> days =
                queries.periods(new ReportFilter(1, MONDAY, MONDAY.plusDays(4), null), Granularity.DAY);

        assertThat(days).extracting(UsagePeriod::unitsLeft).containsExactly(90L, 90L, 140L, 130L, 130L);
        assertThat(days).extracting(UsagePeriod::quota).containsExactly(null, 25L, 25L, 25L, 25L);
        assertThat(queries.periods(new ReportFilter(1, MONDAY, MONDAY.plusDays(6), null), Granularity.WEEK))
                .extracting(UsagePeriod::unitsLeft)
                .as("the week's end, an unlimited licensee not counted")
                .containsExactly(130L);
        assertThat(queries.periods(new ReportFilter(1, MONDAY, MONDAY, "P-2"), Granularity.DAY))
                .extracting(UsagePeriod::unitsLeft)
                .as("another product")
                .containsExactly((Long) null);
    }

    private static DailyFact credits(LocalDate day, String licensee, Long unitsLeft) {
        return fact(day, "M-PPU", "PayPerUse", licensee, unitsLeft);
    }

    private static DailyFact quota(LocalDate day, String licensee, Long quota) {
        return fact(day, "M-Q", "Quota", licensee, quota);
    }

    private static DailyFact fact(LocalDate day, String module, String model, String licensee, Long unitsLeft) {
        return new DailyFact(
                day, 1, new FactKey("P-1", module, licensee), model, 1, 1, 0, 1, null, null, 0, 0, 0, unitsLeft);
    }
}
