package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.GrowthFactStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Counts the run's days' new licensees and licenses (growth_fact). Each day is one query, replaced whole, so the
 * step is safe to run again on a restart.
 */
@Named
@Dependent
public class UsageReportGrowth extends DaysBatchlet {

    @Inject
    GrowthFactStore growth;

    @Override
    @Transactional
    public String process() throws SQLException {
        for (LocalDate day : runDays()) {
            growth.replace(day);
        }
        return "COUNTED";
    }
}
