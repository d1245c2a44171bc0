package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.CatalogChanged;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.DeletionGuard;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Currencies;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.ListFilter;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * License templates of the calling vendor. A template's per-type values are checked against its
 * license type; licenses already issued keep the values they copied, whatever changes here.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class LicenseTemplateCatalog {

    static final String KIND = "license template";
    static final Map<String, String> SORTS = Map.of(
            "number",
            "number",
            "name",
            "name",
            "price",
            "price",
            "licenseType",
            "licenseType",
            "productModuleNumber",
            "productModule.number");

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

    @Inject
    VendorStore vendors;

    @Inject
    LicensingModelCatalog models;

    @RequiresRole(Role.READ_ONLY)
    public LicenseTemplateResponse read(String number) {
        return response(store.require(LicenseTemplate.class, vendor(), number));
    }

    @RequiresRole(Role.READ_ONLY)
    public Page<LicenseTemplateResponse> list(
            String productModuleNumber, String licenseType, String name, PageRequest request) {
        ListFilter filter = ListFilter.create()
                .equalTo("productModule.number", productModuleNumber)
                .equalTo("licenseType", Fields.enumValue(LicenseType.class, "licenseType", licenseType))
                .contains("name", name);
        return store.page(LicenseTemplate.class, vendor(), filter, request, SORTS)
                .map(this::response);
    }

    public LicenseTemplateResponse create(LicenseTemplateRequest fields) {
        String number = store.numberForNew(LicenseTemplate.class, vendor(), fields.number(), 'E');
        ProductModule module = store.requireReference(
                ProductModule.class,
                vendor(),
                Fields.required("productModuleNumber", fields.productModuleNumber()),
                "productModuleNumber");
        LicenseType type = Fields.enumValue(
                LicenseType.class, "licenseType", Fields.required("licenseType", fields.licenseType()));
        LicenseTemplate template = new LicenseTemplate(
                vendor(),
                number,
                module,
                Fields.required("name", fields.name()),
                type,
                Currencies.require(Fields.orKeep(fields.currency(), defaultCurrency())));
        apply(template, fields);
        // After the template's own terms, so that a bad value is named before a type the model does not count.
        models.checkLicenseType(module.getLicensingModel(), type);
        store.persist(template);
        store.flush();
        audit.record(caller(), "CREATE", KIND, number, type + " template " + template.getName());
        changed.fire(new CatalogChanged(vendor()));
        return response(template);
    }

    /** A template without a currency is priced in the vendor's default currency (its settings). */
    private String defaultCurrency() {
        return vendors.findVendor(vendor()).map(Vendor::getDefaultCurrency).orElse("EUR");
    }

    public LicenseTemplateResponse update(String number, LicenseTemplateRequest fields) {
        LicenseTemplate template = store.require(LicenseTemplate.class, vendor(), number);
        Fields.requireRevision(template, fields.revision(), KIND);
        if (fields.productModuleNumber() != null
                && !fields.productModuleNumber()
                        .equals(template.getProductModule().getNumber())) {
            throw new InvalidInputException("productModuleNumber", "a template cannot move to another module");
        }
        if (fields.number() != null && !fields.number().equals(number)) {
            store.requireFree(LicenseTemplate.class, vendor(), fields.number());
            template.renumber(fields.number(), deletions.inUse(template));
        }
        if (fields.licenseType() != null) {
            LicenseType type = Fields.enumValue(LicenseType.class, "licenseType", fields.licenseType());
            models.checkLicenseType(template.getProductModule().getLicensingModel(), type);
            template.setLicenseType(type);
        }
        if (fields.currency() != null) {
            template.setCurrency(Currencies.require(fields.currency()));
        }
        apply(template, fields);
        store.flush();
        audit.record(caller(), "UPDATE", KIND, template.getNumber(), AuditLog.changes(fields));
        changed.fire(new CatalogChanged(vendor()));
        return response(template);
    }

    public void delete(String number, boolean forceCascade) {
        LicenseTemplate template = store.require(LicenseTemplate.class, vendor(), number);
        deletions.delete(template, forceCascade, KIND);
        audit.record(caller(), "DELETE", KIND, number, forceCascade ? "deleted with its licenses" : "deleted");
        changed.fire(new CatalogChanged(vendor()));
    }

    private static void apply(LicenseTemplate template, LicenseTemplateRequest fields) {
        if (fields.name() != null) {
            template.setName(Fields.required("name", fields.name()));
        }
        if (fields.price() != null && fields.price().signum() < 0) {
            throw new InvalidInputException("price", "must not be negative");
        }
        template.setPrice(Fields.orKeep(fields.price(), template.getPrice()));
        template.setAutomatic(Fields.orKeep(fields.automatic(), template.isAutomatic()));
        template.setHidden(Fields.orKeep(fields.hidden(), template.isHidden()));
        template.setHideLicenses(Fields.orKeep(fields.hideLicenses(), template.isHideLicenses()));
        template.setTimeVolume(Fields.orKeep(fields.timeVolume(), template.getTimeVolume()));
        template.setTimeVolumePeriod(Fields.orKeep(
                Fields.enumValue(TimeVolumePeriod.class, "timeVolumePeriod", fields.timeVolumePeriod()),
                template.getTimeVolumePeriod()));
        template.setMaxSessions(Fields.orKeep(fields.maxSessions(), template.getMaxSessions()));
        template.setQuantity(Fields.orKeep(fields.quantity(), template.getQuantity()));
        template.setActive(Fields.orKeep(fields.active(), template.isActive()));
        template.changeProperties(fields.properties());
        template.requireTypeValues();
    }

    private LicenseTemplateResponse response(LicenseTemplate template) {
        return LicenseTemplateResponse.from(template, deletions.inUse(template));
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
