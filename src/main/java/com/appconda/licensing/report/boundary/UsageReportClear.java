package com.appconda.licensing.report.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Forgets the claimed days' facts, so that the run replaces them. A step of its own, done once: when a failed run
 * restarts, this step is complete and is not run again, so the facts written before the last checkpoint stay.
 */
@Named
@Dependent
public class UsageReportClear extends DaysBatchlet {

    @Override
    @Transactional
    public String process() throws SQLException {
        for (LocalDate day : runDays()) {
            days.clear(day);
        }
        return "CLEARED";
    }
}
