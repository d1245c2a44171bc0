package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.LicenseTerms;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.ListFilter;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.RuleViolationException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Issues, changes, lists and deletes licenses of the calling vendor. A license may only grant a
 * template of the licensee's own product: anything else would license one product with another's
 * terms. Nothing depends on a license, so it deletes without a cascade.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class LicenseIssuer {

    static final String KIND = "license";
    static final Map<String, String> SORTS = Map.of(
            "number",
            "number",
            "name",
            "name",
            "startDate",
            "startDate",
            "licenseeNumber",
            "licensee.number",
            "licenseTemplateNumber",
            "licenseTemplate.number",
            "active",
            "active");

    @Inject
    TenantStore store;

    @Inject
    LicenseeAliases aliases;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    /** A key limited to one licensee reads its licenses; any other answers as a number that does not exist. */
    @RequiresRole(value = Role.READ_ONLY, forLimitedKeys = true)
    public LicenseResponse read(String number) {
        License license = store.require(License.class, vendor(), number);
        if (!caller().mayActFor(license.getLicensee().getNumber())) {
            throw new UnknownEntityException(KIND, number);
        }
        return LicenseResponse.from(license);
    }

    /** A key limited to one licensee lists that licensee's licenses alone. */
    @RequiresRole(value = Role.READ_ONLY, forLimitedKeys = true)
    /** The API's list: numbers match exactly; a licensee's alias finds its licenses as its number does. */
    public Page<LicenseResponse> list(
            String licenseeNumber, String licenseTemplateNumber, Boolean active, PageRequest request) {
        return page(
                ListFilter.create()
                        .equalTo("licensee.number", aliases.resolve(vendor(), licenseeNumber))
                        .equalTo("licenseTemplate.number", licenseTemplateNumber)
                        .equalTo("active", active),
                request);
    }

    /** The console's list: numbers as people type them, their start in any case ({@code cust-000}, {@code cad-sub}). */
    public Page<LicenseResponse> find(
            String licenseeNumberStart, String licenseTemplateNumberStart, PageRequest request) {
        return page(
                ListFilter.create()
                        .startsWith("licensee.number", licenseeNumberStart)
                        .startsWith("licenseTemplate.number", licenseTemplateNumberStart),
                request);
    }

    private Page<LicenseResponse> page(ListFilter filter, PageRequest request) {
        filter.equalTo("licensee.number", caller().licenseeLimit());
        return store.page(License.class, vendor(), filter, request, SORTS).map(LicenseResponse::from);
    }

    public LicenseResponse issue(LicenseRequest fields) {
        String number = store.numberForNew(License.class, vendor(), fields.number(), 'L');
        String licenseeNumber = Fields.required("licenseeNumber", fields.licenseeNumber());
        Licensee licensee = aliases.find(vendor(), licenseeNumber)
                .orElseThrow(() ->
                        new InvalidInputException("licenseeNumber", "no licensee '" + licenseeNumber + "' exists"));
        LicenseTemplate template = store.requireReference(
                LicenseTemplate.class,
                vendor(),
                Fields.required("licenseTemplateNumber", fields.licenseTemplateNumber()),
                "licenseTemplateNumber");
        if (!template.getProductModule().getProduct().equals(licensee.getProduct())) {
            throw new RuleViolationException(
                    "template '" + template.getNumber() + "' belongs to another product than" + " licensee '"
                            + licensee.getNumber() + "'",
                    Map.of("licenseTemplateNumber", "wrong product"));
        }
        License license = new License(vendor(), number, licensee, template);
        apply(license, fields);
        store.persist(license);
        store.flush();
        audit.record(
                caller(), "CREATE", KIND, number, "issued " + template.getNumber() + " to " + licensee.getNumber());
        return LicenseResponse.from(license);
    }

    /**
     * Issues one license of each template to the licensee, all or none: a refused template (another product's,
     * an unknown number) leaves the licensee without any of the new licenses.
     */
    public List<LicenseResponse> issueAll(String licenseeNumber, List<String> templateNumbers) {
        if (templateNumbers == null || templateNumbers.isEmpty()) {
            throw new InvalidInputException("licenseTemplateNumbers", "choose at least one template");
        }
        return templateNumbers.stream()
                .map(template -> issue(new LicenseRequest(
                        null,
                        null,
                        licenseeNumber,
                        template,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .toList();
    }

    public LicenseResponse update(String number, LicenseRequest fields) {
        License license = store.require(License.class, vendor(), number);
        Fields.requireRevision(license, fields.revision(), KIND);
        requireUnchanged(
                "licenseeNumber", fields.licenseeNumber(), license.getLicensee().getNumber());
        requireUnchanged(
                "licenseTemplateNumber",
                fields.licenseTemplateNumber(),
                license.getLicenseTemplate().getNumber());
        if (fields.number() != null && !fields.number().equals(number)) {
            store.requireFree(License.class, vendor(), fields.number());
            license.renumber(fields.number(), false);
        }
        apply(license, fields);
        store.flush();
        audit.record(caller(), "UPDATE", KIND, license.getNumber(), AuditLog.changes(fields));
        return LicenseResponse.from(license);
    }

    /**
     * Activates or deactivates licenses of one licensee, all or none: a number that is not one of the licensee's
     * licenses refuses the whole change. Licenses already in that state stay as they are and are not audited.
     */
    public List<LicenseResponse> setActiveAll(String licenseeNumber, List<String> licenseNumbers, boolean active) {
        if (licenseNumbers == null || licenseNumbers.isEmpty()) {
            throw new InvalidInputException("licenseNumbers", "choose at least one license");
        }
        List<License> licenses = licenseNumbers.stream()
                .distinct()
                .map(number -> store.require(License.class, vendor(), number))
                .toList();
        for (License license : licenses) {
            if (!license.getLicensee().getNumber().equals(licenseeNumber)) {
                throw new InvalidInputException(
                        "licenseNumbers",
                        "license '" + license.getNumber() + "' is not a license of licensee '" + licenseeNumber + "'");
            }
        }
        for (License license : licenses) {
            if (license.isActive() != active) {
                license.setActive(active);
                audit.record(caller(), "UPDATE", KIND, license.getNumber(), active ? "activated" : "deactivated");
            }
        }
        store.flush();
        return licenses.stream().map(LicenseResponse::from).toList();
    }

    public void delete(String number) {
        License license = store.require(License.class, vendor(), number);
        store.remove(license);
        store.flush();
        audit.record(caller(), "DELETE", KIND, number, "deleted");
    }

    private static void requireUnchanged(String field, String sent, String current) {
        if (sent != null && !sent.equals(current)) {
            throw new InvalidInputException(field, "cannot change after the license is issued");
        }
    }

    private static void apply(License license, LicenseRequest fields) {
        license.setName(Fields.orKeep(fields.name(), license.getName()));
        license.setActive(Fields.orKeep(fields.active(), license.isActive()));
        license.setHidden(Fields.orKeep(fields.hidden(), license.isHidden()));
        license.setStartDate(Fields.orKeep(fields.startDate(), license.getStartDate()));
        LicenseTerms current = license.terms();
        if (fields.price() != null && fields.price().signum() < 0) {
            throw new InvalidInputException("price", "must not be negative");
        }
        license.applyTerms(new LicenseTerms(
                Fields.orKeep(fields.price(), current.price()),
                current.currency(),
                Fields.orKeep(fields.timeVolume(), current.timeVolume()),
                Fields.orKeep(
                        Fields.enumValue(TimeVolumePeriod.class, "timeVolumePeriod", fields.timeVolumePeriod()),
                        current.timeVolumePeriod()),
                Fields.orKeep(fields.maxSessions(), current.maxSessions()),
                Fields.orKeep(fields.quantity(), current.quantity())));
        license.terms().requireValidFor(license.getLicenseTemplate().getLicenseType());
        license.changeProperties(fields.properties());
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
