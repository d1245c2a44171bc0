package com.appconda.licensing.report.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report job's item: one licensee's usage events of one day, in groups (UsageGroup), with what each of
 * its modules held when the day began (the last answer of the day before said so), so that a seat held across
 * midnight counts on both days.
 */
public record LicenseeDay(
        LocalDate day, long vendorId, String licenseeNumber, List<UsageGroup> groups, Map<FactKey, Long> heldAtStart) {

    public LicenseeDay {
        groups = List.copyOf(groups);
        heldAtStart = Map.copyOf(heldAtStart);
    }
}
