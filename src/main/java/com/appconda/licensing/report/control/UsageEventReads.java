package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.UsageGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a day's usage events for the report job, a vendor's licensees at a time, through the index on vendor, day
 * and licensee: each query reads its own rows and no others, however large the table, and the database adds them
 * up into groups (UsageGroup) where they lie.
 */
@ApplicationScoped
public class UsageEventReads {

    /**
     * A licensee's day as groups of events that agree in all a rule looks at (UsageGroup). holds is grouped as a
     * number, the same in H2 and PostgreSQL.
     */
    static final String HOLDS = "CASE WHEN in_use IS NULL THEN 0 ELSE 1 END";

    static final String GROUPS = "SELECT product_number, module_number, licensee_number, licensing_model, valid,"
            + " session_id, node_key, " + HOLDS + ", MAX(occurred_at),"
            + " COUNT(*), SUM(quantity), MAX(in_use), MIN(allowed), MAX(allowed), MIN(units), MAX(units) FROM usage_event"
            + " WHERE vendor_id = ? AND usage_day = ? AND licensee_number >= ? AND licensee_number <= ?"
            + " GROUP BY product_number, module_number, licensee_number, licensing_model, valid, session_id,"
            + " node_key, " + HOLDS;

    @Inject
    ReportDatabase database;

    /** Every vendor's id, in order. */
    public List<Long> vendorIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT id FROM vendor ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The licensees that have usage on the day, in order of their numbers. */
    public List<String> licenseesWithUsage(long vendorId, LocalDate day) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT DISTINCT licensee_number FROM usage_event"
                        + " WHERE vendor_id = ? AND usage_day = ? ORDER BY licensee_number")) {
            bindDay(query, 1, vendorId, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    /** The day's usage of the licensees from first to last (by number) as groups of events, by licensee. */
    public Map<String, List<UsageGroup>> groups(long vendorId, LocalDate day, String first, String last)
            throws SQLException {
        Map<String, List<UsageGroup>> byLicensee = new HashMap<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(GROUPS)) {
            bindDay(query, 1, vendorId, day);
            query.setString(3, first);
            query.setString(4, last);
            query.setFetchSize(1_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UsageGroup group = group(rows);
                    byLicensee
                            .computeIfAbsent(group.licenseeNumber(), n -> new ArrayList<>())
                            .add(group);
                }
            }
        }
        return byLicensee;
    }

    /**
     * What each module of these licensees held when the day began: what the last answer of the day before left
     * held, for the modules whose answers hold something.
     */
    public Map<String, Map<FactKey, Long>> heldAtStart(long vendorId, LocalDate day, String first, String last)
            throws SQLException {
        Map<String, Map<FactKey, Long>> byLicensee = new HashMap<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT product_number, module_number,"
                        + " licensee_number, in_use FROM (SELECT product_number, module_number, licensee_number,"
                        + " in_use, ROW_NUMBER() OVER (PARTITION BY product_number, module_number, licensee_number"
                        + " ORDER BY occurred_at DESC, id DESC) AS recency FROM usage_event"
                        + " WHERE vendor_id = ? AND usage_day = ?"
                        + " AND licensee_number >= ? AND licensee_number <= ? AND in_use IS NOT NULL) answers"
                        + " WHERE recency = 1")) {
            bindDay(query, 1, vendorId, day.minusDays(1));
            query.setString(3, first);
            query.setString(4, last);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    FactKey key = new FactKey(rows.getString(1), rows.getString(2), rows.getString(3));
                    byLicensee
                            .computeIfAbsent(key.licenseeNumber(), n -> new HashMap<>())
                            .put(key, rows.getLong(4));
                }
            }
        }
        return byLicensee;
    }

    static void bindDay(PreparedStatement statement, int from, long vendorId, LocalDate day) throws SQLException {
        statement.setLong(from, vendorId);
        statement.setObject(from + 1, day);
    }

    private static UsageGroup group(ResultSet rows) throws SQLException {
        return new UsageGroup(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getBoolean(5),
                rows.getString(6),
                rows.getString(7),
                rows.getInt(8) == 1,
                rows.getObject(9, OffsetDateTime.class).toInstant(),
                rows.getLong(10),
                rows.getLong(11),
                ReportDatabase.nullableLong(rows, 12),
                ReportDatabase.nullableLong(rows, 13),
                ReportDatabase.nullableLong(rows, 14),
                ReportDatabase.nullableLong(rows, 15),
                ReportDatabase.nullableLong(rows, 16));
    }
}
