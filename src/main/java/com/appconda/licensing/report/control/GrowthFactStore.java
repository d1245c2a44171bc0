package com.appconda.licensing.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The new licensees and licenses of a day per vendor and product ({@code growth_fact}), from the creation times
 * the licensee feature writes. Read by SQL, as the job reads the usage events: a day's creations are one query.
 */
@ApplicationScoped
public class GrowthFactStore {

    static final String COMPUTE = "INSERT INTO growth_fact (fact_day, vendor_id, product_number, new_licensees,"
            + " new_licenses) SELECT ?, g.vendor_id, g.product_number, SUM(g.licensees), SUM(g.licenses) FROM ("
            + "SELECT l.vendor_id, p.number AS product_number, 1 AS licensees, 0 AS licenses FROM licensee l"
            + " JOIN product p ON p.id = l.product_id WHERE l.created_at >= ? AND l.created_at < ?"
            + " UNION ALL SELECT c.vendor_id, p.number, 0, 1 FROM license c JOIN licensee l ON l.id = c.licensee_id"
            + " JOIN product p ON p.id = l.product_id WHERE c.created_at >= ? AND c.created_at < ?) g"
            + " GROUP BY g.vendor_id, g.product_number";

    @Inject
    ReportDatabase database;

    /**
     * Computes the day's growth facts again, in the caller's transaction: the old ones go and the new ones come
     * together. Licensees and licenses deleted since are no longer counted.
     */
    public int replace(LocalDate day) throws SQLException {
        try (Connection c = database.connection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM growth_fact WHERE fact_day = ?")) {
                delete.setObject(1, day);
                delete.executeUpdate();
            }
            try (PreparedStatement compute = c.prepareStatement(COMPUTE)) {
                compute.setObject(1, day);
                for (int from = 2; from <= 4; from += 2) {
                    compute.setObject(from, ReportDatabase.startOf(day));
                    compute.setObject(from + 1, ReportDatabase.startOf(day.plusDays(1)));
                }
                return compute.executeUpdate();
            }
        }
    }
}
