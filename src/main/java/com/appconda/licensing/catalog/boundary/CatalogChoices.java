package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console's pick lists offer: the vendor's products, and the license templates of a product, read
 * through the same facades as the lists (so scoped to the vendor). A pick list shows at most
 * {@value PageRequest#MAX_SIZE} entries, sorted by name; a catalog is far smaller than that in practice.
 */
@Named
@RequestScoped
public class CatalogChoices {

    /** One entry of a pick list. */
    public record Choice(String number, String label) {}

    @Inject
    ProductCatalog products;

    @Inject
    ProductModuleCatalog modules;

    @Inject
    LicenseTemplateCatalog templates;

    public List<Choice> products() {
        return products.list(null, null, firstPageByName()).items().stream()
                .map(p -> new Choice(p.number(), p.name() + " (" + p.number() + ")"))
                .toList();
    }

    public List<Choice> modules(String productNumber) {
        return modules.list(productNumber, null, null, firstPageByName()).items().stream()
                .map(m -> new Choice(m.number(), m.name() + " · " + m.licensingModel() + " (" + m.number() + ")"))
                .toList();
    }

    /** The active templates of every module of the product. */
    public List<LicenseTemplateResponse> templatesOfProduct(String productNumber) {
        List<LicenseTemplateResponse> all = new ArrayList<>();
        modules.list(productNumber, null, null, firstPageByName())
                .items()
                .forEach(module ->
                        all.addAll(templates.list(module.number(), null, null, firstPageByName()).items().stream()
                                .filter(LicenseTemplateResponse::active)
                                .toList()));
        return all;
    }

    private static PageRequest firstPageByName() {
        return PageRequest.of(0, PageRequest.MAX_SIZE, "name");
    }
}
