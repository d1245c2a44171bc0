package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The vendor account's pages in the console menu: its keys, then its settings, last. */
@ApplicationScoped
public class VendorMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(
                new Section(
                        "Integration",
                        80,
                        List.of(
                                new Page("menuApiKeys", "API keys", "pi pi-key", "/console/apikey/list"),
                                new Page("menuSigningKeys", "Signing keys", "pi pi-lock", "/console/signingkey/list"))),
                new Section(
                        "Account",
                        90,
                        List.of(new Page("menuSettings", "Settings", "pi pi-cog", "/console/settings/profile"))));
    }
}
