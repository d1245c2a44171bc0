package com.appconda.licensing.report.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a report covers: a vendor's days from and to (inclusive, UTC), optionally one product.
 *
 * @param productNumber null for every product
 */
public record ReportFilter(long vendorId, LocalDate from, LocalDate to, String productNumber) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
