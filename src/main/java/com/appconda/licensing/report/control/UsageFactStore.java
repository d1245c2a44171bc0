package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.DailyFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writes daily facts ({@code usage_fact}) in one JDBC batch per chunk, in the chunk's transaction. */
@ApplicationScoped
public class UsageFactStore {

    static final String INSERT = "INSERT INTO usage_fact (fact_day, vendor_id, product_number, module_number,"
            + " licensee_number, licensing_model, validations, valid_answers, invalid_answers, consumed, peak_in_use,"
            + " allowed, refused_checkouts, sessions, nodes, units_left) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    ReportDatabase database;

    public void insert(List<DailyFact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        try (Connection c = database.connection();
                PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (DailyFact fact : facts) {
                bind(insert, fact);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, DailyFact fact) throws SQLException {
        insert.setObject(1, fact.day());
        insert.setLong(2, fact.vendorId());
        insert.setString(3, fact.key().productNumber());
        insert.setString(4, fact.key().moduleNumber());
        insert.setString(5, fact.key().licenseeNumber());
        insert.setString(6, fact.licensingModel());
        insert.setLong(7, fact.validations());
        insert.setLong(8, fact.validAnswers());
        insert.setLong(9, fact.invalidAnswers());
        insert.setLong(10, fact.consumed());
        setNullable(insert, 11, fact.peakInUse());
        setNullable(insert, 12, fact.allowed());
        insert.setLong(13, fact.refusedCheckouts());
        insert.setLong(14, fact.sessions());
        insert.setLong(15, fact.nodes());
        setNullable(insert, 16, fact.unitsLeft());
    }

    private static void setNullable(PreparedStatement insert, int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }
}
