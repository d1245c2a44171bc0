package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The customers' pages in the console menu. */
@ApplicationScoped
public class LicenseeMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(new Section(
                "Customers",
                30,
                List.of(
                        new Page("menuLicensees", "Licensees", "pi pi-users", "/console/licensee/list"),
                        new Page("menuLicenses", "Licenses", "pi pi-id-card", "/console/license/list"))));
    }
}
