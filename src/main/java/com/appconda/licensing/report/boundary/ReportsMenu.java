package com.appconda.licensing.report.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The Reports page, in a section of its own just after the overview (pages of a merged section have no order). */
@ApplicationScoped
public class ReportsMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(new Section(
                "Reports",
                15,
                List.of(new Page("menuReports", "Usage reports", "pi pi-chart-line", "/console/report/list"))));
    }
}
