package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.ReportFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The WHERE clause every fact query shares: vendor, days, and the product when one is chosen. */
final class FactFilters {

    static final String WHERE = " WHERE vendor_id = ? AND fact_day >= ? AND fact_day <= ?";

    private FactFilters() {}

    static String product(ReportFilter filter) {
        return filter.productNumber() == null ? "" : " AND product_number = ?";
    }

    /** Binds vendor, from, to and the product (when chosen) from the first parameter on. */
    static int bind(PreparedStatement query, ReportFilter filter) throws SQLException {
        query.setLong(1, filter.vendorId());
        query.setObject(2, filter.from());
        query.setObject(3, filter.to());
        if (filter.productNumber() == null) {
            return 4;
        }
        query.setString(4, filter.productNumber());
        return 5;
    }
}
