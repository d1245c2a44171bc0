package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.UsageRow;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a day's usage events for the report job, a vendor's licensees at a time, through the index on vendor,
 * licensee and time: each query reads its own rows and no others, however large the table.
 */
@ApplicationScoped
public class UsageEventReads {

    static final String COLUMNS = "occurred_at, product_number, module_number, licensee_number, licensing_model,"
            + " valid, quantity, session_id, in_use, allowed, node_key";

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
                        + " WHERE vendor_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY licensee_number")) {
            bindDay(query, 1, vendorId, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    /** The events of the licensees from first to last (by number) on the day, each licensee's in time order. */
    public Map<String, List<UsageRow>> events(long vendorId, LocalDate day, String first, String last)
            throws SQLException {
        Map<String, List<UsageRow>> byLicensee = new LinkedHashMap<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM usage_event"
                        + " WHERE vendor_id = ? AND occurred_at >= ? AND occurred_at < ?"
                        + " AND licensee_number >= ? AND licensee_number <= ?"
                        + " ORDER BY licensee_number, occurred_at, id")) {
            bindDay(query, 1, vendorId, day);
            query.setString(4, first);
            query.setString(5, last);
            query.setFetchSize(1_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UsageRow row = row(rows);
                    byLicensee
                            .computeIfAbsent(row.licenseeNumber(), n -> new ArrayList<>())
                            .add(row);
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
                        + " WHERE vendor_id = ? AND occurred_at >= ? AND occurred_at < ?"
                        + " AND licensee_number >= ? AND licensee_number <= ? AND in_use IS NOT NULL) answers"
                        + " WHERE recency = 1")) {
            bindDay(query, 1, vendorId, day.minusDays(1));
            query.setString(4, first);
            query.setString(5, last);
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
        statement.setObject(from + 1, ReportDatabase.startOf(day));
        statement.setObject(from + 2, ReportDatabase.startOf(day.plusDays(1)));
    }

    private static UsageRow row(ResultSet rows) throws SQLException {
        return new UsageRow(
                rows.getObject(1, OffsetDateTime.class).toInstant(),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getBoolean(6),
                rows.getLong(7),
                rows.getString(8),
                ReportDatabase.nullableLong(rows, 9),
                ReportDatabase.nullableLong(rows, 10),
                rows.getString(11));
    }
}
