package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.entity.CatalogChanged;
import com.appconda.licensing.catalog.entity.LicenseeSecretMode;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.VatMode;
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
import java.util.Map;
import java.util.Objects;

/**
 * Products of the calling vendor: create, read, change, list and delete. Each method is one
 * transaction; a refused change writes nothing. Reading needs the read-only role, changing admin.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class ProductCatalog {

    static final String KIND = "product";
    static final int MAX_DISCOUNTS = 20;
    static final Map<String, String> SORTS = Map.of("number", "number", "name", "name", "active", "active");

    @Inject
    TenantStore store;

    @Inject
    DeletionGuard deletions;

    @Inject
    AuditLog audit;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    CurrentCaller currentCaller;

    @RequiresRole(Role.READ_ONLY)
    public ProductResponse read(String number) {
        return response(store.require(Product.class, vendor(), number));
    }

    @RequiresRole(Role.READ_ONLY)
    public Page<ProductResponse> list(String name, Boolean active, PageRequest request) {
        ListFilter filter = ListFilter.create().contains("name", name).equalTo("active", active);
        return store.page(Product.class, vendor(), filter, request, SORTS).map(this::response);
    }

    public ProductResponse create(ProductRequest fields) {
        String number = store.numberForNew(Product.class, vendor(), fields.number(), 'P');
        Product product = new Product(vendor(), number, Fields.required("name", fields.name()));
        apply(product, fields);
        store.persist(product);
        store.flush();
        audit.record(caller(), "CREATE", KIND, number, "created " + product.getName());
        changed.fire(new CatalogChanged(vendor()));
        return response(product);
    }

    public ProductResponse update(String number, ProductRequest fields) {
        Product product = store.require(Product.class, vendor(), number);
        Fields.requireRevision(product, fields.revision(), KIND);
        if (fields.number() != null && !fields.number().equals(number)) {
            store.requireFree(Product.class, vendor(), fields.number());
            product.renumber(fields.number(), deletions.inUse(product));
        }
        apply(product, fields);
        store.flush();
        audit.record(caller(), "UPDATE", KIND, product.getNumber(), AuditLog.changes(fields));
        changed.fire(new CatalogChanged(vendor()));
        return response(product);
    }

    public void delete(String number, boolean forceCascade) {
        Product product = store.require(Product.class, vendor(), number);
        deletions.delete(product, forceCascade, KIND);
        audit.record(caller(), "DELETE", KIND, number, forceCascade ? "deleted with its dependants" : "deleted");
        changed.fire(new CatalogChanged(vendor()));
    }

    private static void apply(Product product, ProductRequest fields) {
        if (fields.name() != null) {
            product.setName(Fields.required("name", fields.name()));
        }
        product.setProductVersion(Fields.orKeep(fields.version(), product.getProductVersion()));
        product.setDescription(Fields.orKeep(fields.description(), product.getDescription()));
        product.setLicensingInfo(Fields.orKeep(fields.licensingInfo(), product.getLicensingInfo()));
        product.setLicenseeAutoCreate(Fields.orKeep(fields.licenseeAutoCreate(), product.isLicenseeAutoCreate()));
        product.setLicenseeSecretMode(Fields.orKeep(
                Fields.enumValue(LicenseeSecretMode.class, "licenseeSecretMode", fields.licenseeSecretMode()),
                product.getLicenseeSecretMode()));
        product.setVatMode(
                Fields.orKeep(Fields.enumValue(VatMode.class, "vatMode", fields.vatMode()), product.getVatMode()));
        product.setActive(Fields.orKeep(fields.active(), product.isActive()));
        if (fields.discounts() != null && fields.discounts().size() > MAX_DISCOUNTS) {
            throw new InvalidInputException("discounts", "at most " + MAX_DISCOUNTS + " per product");
        }
        if (fields.discounts() != null) {
            if (fields.discounts().stream().anyMatch(Objects::isNull)) {
                throw new InvalidInputException("discounts", "must not hold null");
            }
            product.replaceDiscounts(
                    fields.discounts().stream().map(DiscountRequest::toDiscount).toList());
        }
        product.changeProperties(fields.properties());
    }

    private ProductResponse response(Product product) {
        return ProductResponse.from(product, deletions.inUse(product));
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
