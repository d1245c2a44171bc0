package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.Granularity;
import com.appconda.licensing.report.entity.ReportFilter;
import com.appconda.licensing.report.entity.UsagePeriod;
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
 * The usage over time that the API and the Reports page show, read from the daily facts. One query per period:
 * distinct licensees cannot be summed from days, and a year has at most 366 periods.
 */
@ApplicationScoped
public class UsageReportQueries {

    static final String PERIOD = "SELECT COALESCE(SUM(validations), 0), COALESCE(SUM(valid_answers), 0),"
            + " COALESCE(SUM(invalid_answers), 0), COUNT(DISTINCT licensee_number), COALESCE(SUM(consumed), 0),"
            + " MAX(peak_in_use), COALESCE(SUM(refused_checkouts), 0) FROM usage_fact"
            + FactFilters.WHERE;

    static final String GROWTH = "SELECT COALESCE(SUM(new_licensees), 0), COALESCE(SUM(new_licenses), 0)"
            + " FROM growth_fact" + FactFilters.WHERE;

    /**
     * The burn-down: per model, the units left at a period's end, summed over the licensees' modules, each as its
     * last day with usage up to then left it (a day without usage leaves the units as they were). The last days
     * are found in one pass over the vendor's facts, then each fact by its key. Bound: vendor, the period's last
     * day, the product when chosen, the vendor again.
     */
    static final String UNITS = "SELECT f.licensing_model, SUM(f.units_left) FROM usage_fact f JOIN ("
            + "SELECT product_number, module_number, licensee_number, MAX(fact_day) AS last_day FROM usage_fact"
            + " WHERE vendor_id = ? AND fact_day <= ?%s AND licensing_model IN ('PayPerUse', 'Quota')"
            + " AND units_left IS NOT NULL GROUP BY product_number, module_number, licensee_number) l"
            + " ON f.fact_day = l.last_day AND f.vendor_id = ? AND f.product_number = l.product_number"
            + " AND f.module_number = l.module_number AND f.licensee_number = l.licensee_number"
            + " WHERE f.units_left >= 0 AND f.licensing_model IN ('PayPerUse', 'Quota') GROUP BY f.licensing_model";

    @Inject
    ReportDatabase database;

    public List<UsagePeriod> periods(ReportFilter filter, Granularity granularity) throws SQLException {
        List<UsagePeriod> periods = new ArrayList<>();
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(PERIOD + FactFilters.product(filter));
                PreparedStatement growth = c.prepareStatement(GROWTH + FactFilters.product(filter));
                PreparedStatement units = c.prepareStatement(
                        String.format(UNITS, filter.productNumber() == null ? "" : " AND product_number = ?"))) {
            LocalDate start = filter.from();
            while (!start.isAfter(filter.to())) {
                LocalDate next = granularity.next(granularity.periodOf(start));
                LocalDate end = next.minusDays(1).isAfter(filter.to()) ? filter.to() : next.minusDays(1);
                periods.add(period(query, growth, units, filter, start, end));
                start = next;
            }
        }
        return periods;
    }

    private static UsagePeriod period(
            PreparedStatement query,
            PreparedStatement growth,
            PreparedStatement units,
            ReportFilter filter,
            LocalDate from,
            LocalDate to)
            throws SQLException {
        ReportFilter period = new ReportFilter(filter.vendorId(), from, to, filter.productNumber());
        FactFilters.bind(growth, period);
        long newLicensees;
        long newLicenses;
        try (ResultSet row = growth.executeQuery()) {
            row.next();
            newLicensees = row.getLong(1);
            newLicenses = row.getLong(2);
        }
        int next = 1;
        units.setLong(next++, filter.vendorId());
        units.setObject(next++, to);
        if (filter.productNumber() != null) {
            units.setString(next++, filter.productNumber());
        }
        units.setLong(next, filter.vendorId());
        Long unitsLeft = null;
        Long quota = null;
        try (ResultSet rows = units.executeQuery()) {
            while (rows.next()) {
                if ("PayPerUse".equals(rows.getString(1))) {
                    unitsLeft = rows.getLong(2);
                } else {
                    quota = rows.getLong(2);
                }
            }
        }
        FactFilters.bind(query, period);
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return new UsagePeriod(
                    from,
                    to,
                    row.getLong(1),
                    row.getLong(2),
                    row.getLong(3),
                    row.getLong(4),
                    row.getLong(5),
                    ReportDatabase.nullableLong(row, 6),
                    row.getLong(7),
                    newLicensees,
                    newLicenses,
                    unitsLeft,
                    quota);
        }
    }
}
