package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.control.AutomaticLicenses;
import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.licensee.entity.Licensee;
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
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Licensees (customers) of the calling vendor's products. A new licensee receives the product's
 * automatic licenses in the same transaction.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class LicenseeRegistry {

    static final String KIND = "licensee";
    static final Map<String, String> SORTS =
            Map.of("number", "number", "name", "name", "productNumber", "product.number", "active", "active");

    @Inject
    TenantStore store;

    @Inject
    DeletionGuard deletions;

    @Inject
    AutomaticLicenses automaticLicenses;

    @Inject
    LicenseeAliases aliases;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    /**
     * The licensee of a number or an alias. A key limited to one licensee reads that one; any other answers as a
     * number that does not exist.
     */
    @RequiresRole(value = Role.READ_ONLY, forLimitedKeys = true)
    public LicenseeResponse read(String numberOrAlias) {
        Licensee licensee = require(numberOrAlias);
        if (!caller().mayActFor(licensee.getNumber())) {
            throw new UnknownEntityException(KIND, numberOrAlias);
        }
        return response(licensee);
    }

    /** A key limited to one licensee lists that one alone. */
    @RequiresRole(value = Role.READ_ONLY, forLimitedKeys = true)
    /** The API's list: numbers match exactly, the name by contains. */
    public Page<LicenseeResponse> list(String productNumber, String name, Boolean active, PageRequest request) {
        return page(
                ListFilter.create()
                        .equalTo("product.number", productNumber)
                        .contains("name", name)
                        .equalTo("active", active),
                request);
    }

    /** The console's list: numbers as people type them (their start, in any case), the name by contains. */
    public Page<LicenseeResponse> find(
            String numberStart, String productNumberStart, String name, PageRequest request) {
        return page(
                ListFilter.create()
                        .startsWith("number", numberStart)
                        .startsWith("product.number", productNumberStart)
                        .contains("name", name),
                request);
    }

    private Page<LicenseeResponse> page(ListFilter filter, PageRequest request) {
        filter.equalTo("number", caller().licenseeLimit());
        return store.page(Licensee.class, vendor(), filter, request, SORTS).map(this::response);
    }

    public LicenseeResponse create(LicenseeRequest fields) {
        String number = store.numberForNew(Licensee.class, vendor(), fields.number(), 'I');
        aliases.requireNumberFree(vendor(), number);
        Product product = store.requireReference(
                Product.class, vendor(), Fields.required("productNumber", fields.productNumber()), "productNumber");
        Licensee licensee = new Licensee(vendor(), number, product);
        apply(licensee, fields);
        applyAliases(licensee, fields);
        store.persist(licensee);
        int automatic = automaticLicenses.issueTo(licensee).size();
        store.flush();
        audit.record(caller(), "CREATE", KIND, number, "created with " + automatic + " automatic licenses");
        return response(licensee);
    }

    /** Changes the licensee of a number or an alias. */
    public LicenseeResponse update(String numberOrAlias, LicenseeRequest fields) {
        Licensee licensee = require(numberOrAlias);
        String number = licensee.getNumber();
        Fields.requireRevision(licensee, fields.revision(), KIND);
        if (fields.productNumber() != null
                && !fields.productNumber().equals(licensee.getProduct().getNumber())) {
            throw new InvalidInputException("productNumber", "a licensee cannot move to another product");
        }
        if (fields.number() != null && !fields.number().equals(number)) {
            store.requireFree(Licensee.class, vendor(), fields.number());
            aliases.requireNumberFree(vendor(), fields.number());
            licensee.renumber(fields.number(), deletions.inUse(licensee));
        }
        apply(licensee, fields);
        applyAliases(licensee, fields);
        store.flush();
        audit.record(caller(), "UPDATE", KIND, licensee.getNumber(), AuditLog.changes(fields));
        return response(licensee);
    }

    /** Deletes the licensee of a number or an alias, and with it its aliases. */
    public void delete(String numberOrAlias, boolean forceCascade) {
        Licensee licensee = require(numberOrAlias);
        deletions.delete(licensee, forceCascade, KIND);
        audit.record(
                caller(), "DELETE", KIND, licensee.getNumber(), forceCascade ? "deleted with its licenses" : "deleted");
    }

    private static void apply(Licensee licensee, LicenseeRequest fields) {
        licensee.setName(Fields.orKeep(fields.name(), licensee.getName()));
        licensee.setMarkedForTransfer(Fields.orKeep(fields.markedForTransfer(), licensee.isMarkedForTransfer()));
        licensee.setActive(Fields.orKeep(fields.active(), licensee.isActive()));
        licensee.changeProperties(fields.properties());
        if (fields.licenseeSecret() != null) {
            licensee.setSecretHash(LicenseeResolver.hash(fields.licenseeSecret()));
        }
    }

    private void applyAliases(Licensee licensee, LicenseeRequest fields) {
        if (fields.aliases() != null) {
            aliases.assign(licensee, fields.aliases());
        }
    }

    private Licensee require(String numberOrAlias) {
        return aliases.find(vendor(), numberOrAlias).orElseThrow(() -> new UnknownEntityException(KIND, numberOrAlias));
    }

    private LicenseeResponse response(Licensee licensee) {
        return LicenseeResponse.from(licensee, deletions.inUse(licensee));
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
