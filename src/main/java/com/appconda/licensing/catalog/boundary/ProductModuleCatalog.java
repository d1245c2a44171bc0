package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.CatalogChanged;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.DeletionGuard;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.ListFilter;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Product modules of the calling vendor. A module's licensing model must be one the server knows
 * (built-in or custom), with the model's required parameters set and typed right.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class ProductModuleCatalog {

    static final String KIND = "product module";
    static final Map<String, String> SORTS = Map.of(
            "number", "number", "name", "name", "licensingModel", "licensingModel", "productNumber", "product.number");

    @Inject
    TenantStore store;

    @Inject
    DeletionGuard deletions;

    @Inject
    LicensingModelCatalog models;

    @Inject
    AuditLog audit;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    CurrentCaller currentCaller;

    @RequiresRole(Role.READ_ONLY)
    public ProductModuleResponse read(String number) {
        return response(store.require(ProductModule.class, vendor(), number));
    }

    @RequiresRole(Role.READ_ONLY)
    public Page<ProductModuleResponse> list(
            String productNumber, String licensingModel, String name, PageRequest request) {
        ListFilter filter = ListFilter.create()
                .equalTo("product.number", productNumber)
                .equalTo("licensingModel", licensingModel)
                .contains("name", name);
        return store.page(ProductModule.class, vendor(), filter, request, SORTS).map(this::response);
    }

    /** Every model a module may use, built-in and custom, with the parameters each reads; open to every credential. */
    @RequiresRole(value = Role.BROKER, forLimitedKeys = true)
    public List<LicensingModelResponse> licensingModels() {
        return models.names().stream()
                .map(name -> new LicensingModelResponse(
                        name,
                        models.parameters(name).stream()
                                .map(LicensingModelResponse.ParameterResponse::from)
                                .toList()))
                .toList();
    }

    public ProductModuleResponse create(ProductModuleRequest fields) {
        String number = store.numberForNew(ProductModule.class, vendor(), fields.number(), 'M');
        Product product = store.requireReference(
                Product.class, vendor(), Fields.required("productNumber", fields.productNumber()), "productNumber");
        ProductModule module = new ProductModule(
                vendor(),
                number,
                product,
                Fields.required("name", fields.name()),
                models.requireKnown(Fields.required("licensingModel", fields.licensingModel())));
        apply(module, fields);
        store.persist(module);
        store.flush();
        audit.record(caller(), "CREATE", KIND, number, module.getLicensingModel() + " module " + module.getName());
        changed.fire(new CatalogChanged(vendor()));
        return response(module);
    }

    public ProductModuleResponse update(String number, ProductModuleRequest fields) {
        ProductModule module = store.require(ProductModule.class, vendor(), number);
        Fields.requireRevision(module, fields.revision(), KIND);
        if (fields.productNumber() != null
                && !fields.productNumber().equals(module.getProduct().getNumber())) {
            throw new InvalidInputException("productNumber", "a module cannot move to another product");
        }
        if (fields.number() != null && !fields.number().equals(number)) {
            store.requireFree(ProductModule.class, vendor(), fields.number());
            module.renumber(fields.number(), deletions.inUse(module));
        }
        if (fields.licensingModel() != null) {
            module.setLicensingModel(models.requireKnown(fields.licensingModel()));
        }
        apply(module, fields);
        store.flush();
        audit.record(caller(), "UPDATE", KIND, module.getNumber(), AuditLog.changes(fields));
        changed.fire(new CatalogChanged(vendor()));
        return response(module);
    }

    public void delete(String number, boolean forceCascade) {
        ProductModule module = store.require(ProductModule.class, vendor(), number);
        deletions.delete(module, forceCascade, KIND);
        audit.record(caller(), "DELETE", KIND, number, forceCascade ? "deleted with its dependants" : "deleted");
        changed.fire(new CatalogChanged(vendor()));
    }

    private void apply(ProductModule module, ProductModuleRequest fields) {
        if (fields.name() != null) {
            module.setName(Fields.required("name", fields.name()));
        }
        module.setActive(Fields.orKeep(fields.active(), module.isActive()));
        module.changeProperties(fields.properties());
        models.checkParameters(module.getLicensingModel(), module.getProperties());
    }

    private ProductModuleResponse response(ProductModule module) {
        return ProductModuleResponse.from(module, deletions.inUse(module));
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
