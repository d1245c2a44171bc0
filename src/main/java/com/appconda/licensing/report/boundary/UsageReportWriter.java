package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportDayStore;
import com.appconda.licensing.report.control.UsageFactStore;
import com.appconda.licensing.report.entity.DailyFact;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's facts and counts its licensee-days as done, in the chunk's transaction with its checkpoint: a
 * chunk is either written and checkpointed, or neither, so a restart neither loses nor repeats a fact.
 */
@Named
@Dependent
public class UsageReportWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String day;

    @Inject
    UsageFactStore facts;

    @Inject
    ReportDayStore days;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> licenseeDays) throws SQLException {
        List<DailyFact> chunk = new ArrayList<>();
        for (Object licenseeDay : licenseeDays) {
            chunk.addAll((List<DailyFact>) licenseeDay);
        }
        facts.insert(chunk);
        days.progress(LocalDate.parse(day), licenseeDays.size(), chunk.size());
    }
}
