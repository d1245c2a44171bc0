package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.boundary.ConsoleMenuContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The catalog's pages in the console menu. */
@ApplicationScoped
public class CatalogMenu implements ConsoleMenuContribution {

    @Override
    public List<Section> sections() {
        return List.of(new Section(
                "Catalog",
                20,
                List.of(
                        new Page("menuProducts", "Products", "pi pi-box", "/console/product/list"),
                        new Page("menuModules", "Product modules", "pi pi-th-large", "/console/module/list"),
                        new Page("menuTemplates", "License templates", "pi pi-file", "/console/template/list"))));
    }
}
