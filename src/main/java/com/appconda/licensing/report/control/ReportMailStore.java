package com.appconda.licensing.report.control;

import com.appconda.licensing.platform.entity.StaleVersionException;
import com.appconda.licensing.report.entity.ReportWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly report e-mail's rows ({@code report_mail}): the vendors' settings, and which week each was mailed.
 * Every statement commits on its own: a claim must be seen by the other nodes before this one sends.
 */
@ApplicationScoped
public class ReportMailStore {

    /** The unique violation's SQL state, the same in H2 and PostgreSQL. */
    static final String DUPLICATE_KEY = "23505";

    /** A vendor's row: its settings and how the last week went. */
    public record Row(
            long vendorId, String recipient, boolean enabled, LocalDate sentWeek, Instant sentAt, String lastFailure) {}

    private static final String NOT_SENT_NOR_HELD = " AND enabled = TRUE AND (sent_week IS NULL OR sent_week < ?)"
            + " AND (claimed_week IS NULL OR claimed_week < ? OR claimed_at < ?)";

    @Inject
    ReportDatabase database;

    public Optional<Row> find(long vendorId) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT vendor_id, recipient, enabled, sent_week,"
                        + " sent_at, last_failure FROM report_mail WHERE vendor_id = ?")) {
            query.setLong(1, vendorId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OffsetDateTime sentAt = rows.getObject(5, OffsetDateTime.class);
                return Optional.of(new Row(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getBoolean(3),
                        rows.getObject(4, LocalDate.class),
                        sentAt == null ? null : sentAt.toInstant(),
                        rows.getString(6)));
            }
        }
    }

    /**
     * Stores a vendor's settings. notBefore is the last week that has ended: one switched on now is first mailed
     * the week after, not for a week already over when the vendor asked (that one the vendor can send at once).
     * Two first saves of one vendor at the same moment: the second is refused as a conflict, to be sent again (in
     * a transaction, PostgreSQL takes no statement after the failed insert, so it cannot simply update instead).
     */
    public void save(long vendorId, String recipient, boolean enabled, ReportWeek notBefore) throws SQLException {
        try (Connection c = database.connection()) {
            if (update(c, vendorId, recipient, enabled, notBefore) == 0) {
                try {
                    insert(c, vendorId, recipient, enabled, notBefore);
                } catch (SQLException raced) {
                    if (DUPLICATE_KEY.equals(raced.getSQLState())) {
                        throw new StaleVersionException("weekly report e-mail", "settings");
                    }
                    throw raced;
                }
            }
        }
    }

    private static int update(Connection c, long vendorId, String recipient, boolean enabled, ReportWeek notBefore)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE report_mail SET recipient = ?,"
                + " sent_week = CASE WHEN ? = TRUE AND enabled = FALSE AND (sent_week IS NULL OR sent_week < ?)"
                + " THEN ? ELSE sent_week END, enabled = ? WHERE vendor_id = ?")) {
            update.setString(1, recipient);
            update.setBoolean(2, enabled);
            update.setObject(3, notBefore.monday());
            update.setObject(4, notBefore.monday());
            update.setBoolean(5, enabled);
            update.setLong(6, vendorId);
            return update.executeUpdate();
        }
    }

    private static void insert(Connection c, long vendorId, String recipient, boolean enabled, ReportWeek notBefore)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO report_mail (vendor_id, recipient, enabled, sent_week) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, vendorId);
            insert.setString(2, recipient);
            insert.setBoolean(3, enabled);
            insert.setObject(4, notBefore.monday());
            insert.executeUpdate();
        }
    }

    /** The vendors whose e-mail of the week is neither sent nor being sent by a live claim. */
    public List<Long> due(ReportWeek week, Instant claimsFrom) throws SQLException {
        List<Long> vendors = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT vendor_id FROM report_mail WHERE 1 = 1" + NOT_SENT_NOR_HELD + " ORDER BY vendor_id")) {
            bindWeek(query, 1, week, claimsFrom);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    vendors.add(rows.getLong(1));
                }
            }
        }
        return vendors;
    }

    /**
     * Takes the week's e-mail of one vendor for this node. True for one caller only, however many nodes ask at
     * once, until the claim is released or older than claimsFrom.
     */
    public boolean claim(long vendorId, ReportWeek week, Instant now, Instant claimsFrom) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement claim = c.prepareStatement("UPDATE report_mail SET claimed_week = ?,"
                        + " claimed_at = ? WHERE vendor_id = ?" + NOT_SENT_NOR_HELD)) {
            claim.setObject(1, week.monday());
            claim.setObject(2, at(now));
            claim.setLong(3, vendorId);
            bindWeek(claim, 4, week, claimsFrom);
            return claim.executeUpdate() == 1;
        }
    }

    /** The week's e-mail went out: the week is done, the claim and any earlier failure gone. */
    public void sent(long vendorId, ReportWeek week, Instant now) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement sent = c.prepareStatement("UPDATE report_mail SET sent_week = ?, sent_at = ?,"
                        + " last_failure = NULL, claimed_week = NULL, claimed_at = NULL WHERE vendor_id = ?")) {
            sent.setObject(1, week.monday());
            sent.setObject(2, at(now));
            sent.setLong(3, vendorId);
            sent.executeUpdate();
        }
    }

    /** A try failed: says why and releases the claim, so that the next try (the next hour, any node) sends it. */
    public void failed(long vendorId, String why) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement failed = c.prepareStatement("UPDATE report_mail SET last_failure = ?,"
                        + " claimed_week = NULL, claimed_at = NULL WHERE vendor_id = ?")) {
            failed.setString(1, why.length() > 500 ? why.substring(0, 500) : why);
            failed.setLong(2, vendorId);
            failed.executeUpdate();
        }
    }

    /** The vendor's name, for the e-mail's words; its number when it has none. */
    public String vendorName(long vendorId) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT name FROM vendor WHERE id = ?")) {
            query.setLong(1, vendorId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getString(1) != null ? rows.getString(1) : "vendor " + vendorId;
            }
        }
    }

    /** The e-mail address of the vendor's account, which the settings offer until the vendor names another. */
    public String vendorEmail(long vendorId) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT email FROM vendor WHERE id = ?")) {
            query.setLong(1, vendorId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getString(1) != null ? rows.getString(1) : "";
            }
        }
    }

    private static void bindWeek(PreparedStatement statement, int from, ReportWeek week, Instant claimsFrom)
            throws SQLException {
        statement.setObject(from, week.monday());
        statement.setObject(from + 1, week.monday());
        statement.setObject(from + 2, at(claimsFrom));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
