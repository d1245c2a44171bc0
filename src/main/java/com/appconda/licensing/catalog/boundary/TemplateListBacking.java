package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.FormValues;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
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
                .put("licenseType", "FEATURE")
                .put("price", "0")
                .put("active", true)
                .put("automatic", false)
                .put("hidden", false)
                .put("hideLicenses", false)
                .put("timeVolumePeriod", "DAY");
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
