package com.appconda.licensing.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The console's menu, one section per area a vendor works in. The shop and the reports add their sections
 * here when they arrive; pages only name their place in the breadcrumbs.
 */
@Named
@ApplicationScoped
public class ConsoleMenu {

    private MenuModel model;

    @PostConstruct
    void build() {
        model = new DefaultMenuModel();
        model.getElements().add(section("Overview", item("menuDashboard", "Dashboard", "pi pi-chart-bar", "/console/index")));
        model.getElements().add(section("Catalog",
                item("menuProducts", "Products", "pi pi-box", "/console/product/list"),
                item("menuModules", "Product modules", "pi pi-th-large", "/console/module/list"),
                item("menuTemplates", "License templates", "pi pi-file", "/console/template/list")));
        model.getElements().add(section("Customers",
                item("menuLicensees", "Licensees", "pi pi-users", "/console/licensee/list"),
                item("menuLicenses", "Licenses", "pi pi-id-card", "/console/license/list")));
        model.getElements().add(section("Integration",
                item("menuApiKeys", "API keys", "pi pi-key", "/console/apikey/list"),
                item("menuSigningKeys", "Signing keys", "pi pi-lock", "/console/signingkey/list")));
        model.getElements().add(section("Account", item("menuSettings", "Settings", "pi pi-cog", "/console/settings/profile")));
    }

    public MenuModel getModel() {
        return model;
    }

    private static DefaultSubMenu section(String label, DefaultMenuItem... items) {
        DefaultSubMenu section = DefaultSubMenu.builder().id("section" + label).label(label).build();
        for (DefaultMenuItem item : items) {
            section.getElements().add(item);
        }
        return section;
    }

    private static DefaultMenuItem item(String id, String label, String icon, String outcome) {
        return DefaultMenuItem.builder().id(id).value(label).icon(icon).outcome(outcome).build();
    }
}
