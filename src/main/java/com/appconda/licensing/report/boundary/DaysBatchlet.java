package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportDayStore;
import com.appconda.licensing.report.entity.ReportRange;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A step of the report job over the run's days, which the job XML passes as the properties from and to. */
abstract class DaysBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    ReportDayStore days;

    List<LocalDate> runDays() {
        return ReportRange.of(from, to).days();
    }
}
