package com.appconda.licensing.dashboard.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The dashboard's place in the console menu: first. */
@ApplicationScoped
public class DashboardMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(new Section(
                "Overview", 10, List.of(new Page("menuDashboard", "Dashboard", "pi pi-chart-bar", "/console/index"))));
    }
}
