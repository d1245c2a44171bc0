package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.FormValues;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * console/template/list.xhtml: license templates, optionally of one module. The dialog shows the fields the
 * chosen license type needs (time volume, seats or quantity) and defaults the currency to the vendor's.
 */
@Named
@ViewScoped
public class TemplateListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseTemplateCatalog catalog;

    @Inject
    CatalogChoices choices;

    @Inject
    transient Validator validator;

    @Inject
    ProductModuleCatalog moduleCatalog;

    @Inject
    LicensingModelCatalog models;

    /** A license type as the dialog offers it. */
    public record TypeChoice(String value, String label) {}

    private static final Map<LicenseType, String> TYPE_LABELS = Map.of(
            LicenseType.FEATURE, "Feature (on or off)",
            LicenseType.TIMEVOLUME, "Time volume (days, weeks, months, years)",
            LicenseType.FLOATING, "Floating (concurrent seats)",
            LicenseType.QUANTITY, "Quantity (units to consume)");

    private final FacadePages<LicenseTemplateResponse> templates =
            new FacadePages<>(this::page, LicenseTemplateResponse::number);
    private String module;
    private FormValues form = new FormValues();
    private String editing;

    private Page<LicenseTemplateResponse> page(Map<String, String> filters, PageRequest request) {
        return catalog.list(module, filters.get("licenseType"), filters.get("name"), request);
    }

    public void startCreate() {
        editing = null;
        form = new FormValues()
                .put("productModuleNumber", module)
                .put("price", "0")
                .put("active", true)
                .put("automatic", false)
                .put("hidden", false)
                .put("hideLicenses", false)
                .put("timeVolumePeriod", "DAY");
        moduleChosen();
    }

    /**
     * The license types the chosen module's licensing model counts, the only ones the dialog offers (the catalog
     * refuses the others); every type while no module is chosen.
     */
    public List<TypeChoice> getLicenseTypes() {
        return countedTypes().stream()
                .map(type -> new TypeChoice(type.name(), TYPE_LABELS.get(type)))
                .toList();
    }

    /** A module was chosen: keep the license type if its model counts it, else take the first type it counts. */
    public void moduleChosen() {
        List<LicenseType> counted = countedTypes();
        if (counted.stream().noneMatch(type -> type.name().equals(form.text("licenseType")))) {
            form.put("licenseType", counted.get(0).name());
        }
    }

    private List<LicenseType> countedTypes() {
        String chosen = form.text("productModuleNumber");
        if (chosen == null) {
            return List.of(LicenseType.values());
        }
        try {
            List<LicenseType> counted =
                    models.licenseTypes(moduleCatalog.read(chosen).licensingModel());
            return counted.isEmpty() ? List.of(LicenseType.values()) : counted;
        } catch (UnknownEntityException gone) {
            return List.of(LicenseType.values());
        }
    }

    public void startEdit(LicenseTemplateResponse template) {
        editing = template.number();
        form = new FormValues()
                .put("number", template.number())
                .put("name", template.name())
                .put("productModuleNumber", template.productModuleNumber())
                .put("licenseType", template.licenseType())
                .put("price", template.price().toPlainString())
                .put("currency", template.currency())
                .put("automatic", template.automatic())
                .put("hidden", template.hidden())
                .put("hideLicenses", template.hideLicenses())
                .put("timeVolume", template.timeVolume())
                .put("timeVolumePeriod", template.timeVolumePeriod())
                .put("maxSessions", template.maxSessions())
                .put("quantity", template.quantity())
                .put("active", template.active())
                .put("revision", template.revision());
    }

    public void save() {
        Feedback.attempt("templateForm", () -> {
            LicenseTemplateRequest fields = new LicenseTemplateRequest(
                    form.text("number"),
                    form.text("name"),
                    form.text("productModuleNumber"),
                    form.text("licenseType"),
                    form.decimal("price"),
                    form.text("currency"),
                    form.flag("automatic"),
                    form.flag("hidden"),
                    form.flag("hideLicenses"),
                    form.integer("timeVolume"),
                    form.text("timeVolumePeriod"),
                    form.integer("maxSessions"),
                    form.whole("quantity"),
                    form.flag("active"),
                    null,
                    form.revision());
            Feedback.requireValid(validator, fields);
            LicenseTemplateResponse saved = editing == null ? catalog.create(fields) : catalog.update(editing, fields);
            return "Template " + saved.number() + " saved.";
        });
    }

    public void delete(LicenseTemplateResponse template, boolean withEverything) {
        Feedback.attempt(null, () -> {
            catalog.delete(template.number(), withEverything);
            return "Template " + template.number() + " deleted.";
        });
    }

    public List<CatalogChoices.Choice> getModules() {
        return choices.modules(null);
    }

    public FacadePages<LicenseTemplateResponse> getTemplates() {
        return templates;
    }

    public FormValues getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
