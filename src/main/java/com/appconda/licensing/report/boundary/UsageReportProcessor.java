package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.UsageAggregator;
import com.appconda.licensing.report.entity.LicenseeDay;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** A licensee's day into its daily facts, by the rules of {@link UsageAggregator}. */
@Named
@Dependent
public class UsageReportProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object licenseeDay) {
        return UsageAggregator.facts((LicenseeDay) licenseeDay);
    }
}
