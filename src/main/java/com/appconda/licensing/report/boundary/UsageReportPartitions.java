package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.entity.ReportRange;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One partition per day of the range: days share nothing (each has its own facts, progress and checkpoint), so they
 * aggregate side by side on as many threads as configured.
 */
@Named
@Dependent
public class UsageReportPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @ConfigProperty(name = "licensing.reports.threads", defaultValue = "2")
    int threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<LocalDate> days = ReportRange.of(from, to).days();
        Properties[] perDay = new Properties[days.size()];
        for (int i = 0; i < perDay.length; i++) {
            perDay[i] = new Properties();
            perDay[i].setProperty("day", days.get(i).toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(perDay.length);
        plan.setThreads(Math.max(1, Math.min(threads, perDay.length)));
        plan.setPartitionProperties(perDay);
        return plan;
    }
}
