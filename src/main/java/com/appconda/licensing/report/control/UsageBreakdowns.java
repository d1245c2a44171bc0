package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.LicenseeModuleUsage;
import com.appconda.licensing.report.entity.ModelShare;
import com.appconda.licensing.report.entity.NodeAnomaly;
import com.appconda.licensing.report.entity.ReportFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Reports page's tables, from the daily facts: usage per licensee and module (the validation report, and with
 * {@code floatingOnly} the floating usage report), the model mix, and the node-locked anomalies.
 */
@ApplicationScoped
public class UsageBreakdowns {

    static final String FLOATING = "Floating";
    static final String NODE_LOCKED = "NodeLocked";

    static final String PER_LICENSEE_MODULE = "SELECT licensee_number, product_number, module_number,"
            + " MAX(licensing_model), SUM(validations), SUM(valid_answers), SUM(invalid_answers), SUM(consumed),"
            + " MAX(peak_in_use), MAX(allowed), SUM(refused_checkouts),"
            + " CASE WHEN MIN(units_left) = -1 THEN -1 ELSE MIN(units_left) END FROM usage_fact" + FactFilters.WHERE;

    @Inject
    ReportDatabase database;

    /** The licensees' use of each module, most answers first. */
    public List<LicenseeModuleUsage> perLicenseeAndModule(ReportFilter filter, boolean floatingOnly, int most)
            throws SQLException {
        String sql = PER_LICENSEE_MODULE + FactFilters.product(filter)
                + (floatingOnly ? " AND licensing_model = '" + FLOATING + "'" : "")
                + " GROUP BY licensee_number, product_number, module_number"
                + " ORDER BY SUM(validations) DESC, licensee_number, product_number, module_number";
        List<LicenseeModuleUsage> rows = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(sql)) {
            FactFilters.bind(query, filter);
            query.setMaxRows(most);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new LicenseeModuleUsage(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getLong(5),
                            row.getLong(6),
                            row.getLong(7),
                            row.getLong(8),
                            ReportDatabase.nullableLong(row, 9),
                            ReportDatabase.nullableLong(row, 10),
                            row.getLong(11),
                            ReportDatabase.nullableLong(row, 12)));
                }
            }
        }
        return rows;
    }

    /** Answers per licensing model, most first. */
    public List<ModelShare> modelMix(ReportFilter filter) throws SQLException {
        String sql = "SELECT licensing_model, SUM(validations) FROM usage_fact" + FactFilters.WHERE
                + FactFilters.product(filter) + " GROUP BY licensing_model ORDER BY SUM(validations) DESC";
        List<ModelShare> shares = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(sql)) {
            FactFilters.bind(query, filter);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    shares.add(new ModelShare(row.getString(1), row.getLong(2)));
                }
            }
        }
        return shares;
    }

    /** Days on which a licensee named more machines than its node-locked licenses allow, latest first. */
    public List<NodeAnomaly> nodeAnomalies(ReportFilter filter, int most) throws SQLException {
        String sql = "SELECT fact_day, licensee_number, product_number, module_number, nodes, allowed FROM usage_fact"
                + FactFilters.WHERE + FactFilters.product(filter) + " AND licensing_model = '" + NODE_LOCKED + "'"
                + " AND allowed >= 0 AND nodes > allowed ORDER BY fact_day DESC, nodes - allowed DESC";
        List<NodeAnomaly> anomalies = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(sql)) {
            FactFilters.bind(query, filter);
            query.setMaxRows(most);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    anomalies.add(new NodeAnomaly(
                            row.getObject(1, LocalDate.class),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getLong(5),
                            row.getLong(6)));
                }
            }
        }
        return anomalies;
    }

    /** The products of the vendor that have facts, for the report's product filter. */
    public List<String> products(long vendorId) throws SQLException {
        List<String> products = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT DISTINCT product_number FROM usage_fact WHERE vendor_id = ? ORDER BY product_number")) {
            query.setLong(1, vendorId);
            query.setMaxRows(500);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    products.add(row.getString(1));
                }
            }
        }
        return products;
    }
}
