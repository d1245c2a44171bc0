package com.appconda.licensing.licensee.boundary;

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
import java.util.Map;

/**
 * console/license/list.xhtml: every license of the vendor, filtered by licensee or template. Issued in a dialog
 * (a template of the licensee's product), changed in a dialog (name, active, hidden, special terms), deleted
 * after a confirmation.
 */
@Named
@ViewScoped
public class LicenseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseIssuer issuer;

    @Inject
    transient Validator validator;

    private final FacadePages<LicenseResponse> licenses = new FacadePages<>(this::page, LicenseResponse::number);
    private FormValues form = new FormValues();
    private String editing;

    private Page<LicenseResponse> page(Map<String, String> filters, PageRequest request) {
        return issuer.find(filters.get("licenseeNumber"), filters.get("licenseTemplateNumber"), request);
    }

    public void startCreate() {
        editing = null;
        form = new FormValues().put("active", true).put("hidden", false);
    }

    public void startEdit(LicenseResponse license) {
        editing = license.number();
        form = new FormValues()
                .put("number", license.number())
                .put("name", license.name())
                .put("licenseeNumber", license.licenseeNumber())
                .put("licenseTemplateNumber", license.licenseTemplateNumber())
                .put("active", license.active())
                .put("hidden", license.hidden())
                .put("licenseType", license.licenseType())
                .put("timeVolume", license.timeVolume())
                .put("maxSessions", license.maxSessions())
                .put("quantity", license.quantity())
                .put("revision", license.revision());
    }

    public void save() {
        Feedback.attempt("licenseForm", () -> {
            LicenseRequest fields = new LicenseRequest(
                    form.text("number"),
                    form.text("name"),
                    form.text("licenseeNumber"),
                    form.text("licenseTemplateNumber"),
                    form.flag("active"),
                    form.flag("hidden"),
                    null,
                    null,
                    form.integer("timeVolume"),
                    null,
                    form.integer("maxSessions"),
                    form.whole("quantity"),
                    null,
                    form.revision());
            Feedback.requireValid(validator, fields);
            LicenseResponse saved = editing == null ? issuer.issue(fields) : issuer.update(editing, fields);
            return "License " + saved.number() + " saved.";
        });
    }

    public void delete(LicenseResponse license) {
        Feedback.attempt(null, () -> {
            issuer.delete(license.number());
            return "License " + license.number() + " deleted.";
        });
    }

    public FacadePages<LicenseResponse> getLicenses() {
        return licenses;
    }

    public FormValues getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }
}
