package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.LicenseeDays;
import com.appconda.licensing.report.control.ReportDayStore;
import com.appconda.licensing.report.entity.LicenseeDay;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads one day's usage, one licensee's day per item. On opening it lists the day's licensees (per vendor); its
 * checkpoint is how many it has handed on, so that a restarted run goes on with the next licensee.
 */
@Named
@Dependent
public class UsageReportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String day;

    @Inject
    LicenseeDays licenseeDays;

    @Inject
    ReportDayStore days;

    private LicenseeDays.Cursor cursor;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        LocalDate date = LocalDate.parse(day);
        cursor = licenseeDays.open(date, checkpoint == null ? 0 : (Integer) checkpoint);
        days.plan(date, cursor.size());
    }

    @Override
    public LicenseeDay readItem() throws SQLException {
        return cursor.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor.position();
    }
}
