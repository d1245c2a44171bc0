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

/** console/licensee/list.xhtml: licensees, created in a dialog; each opens its own page. */
@Named
@ViewScoped
public class LicenseeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseeRegistry registry;

    @Inject
    transient Validator validator;

    private final FacadePages<LicenseeResponse> licensees = new FacadePages<>(this::page, LicenseeResponse::number);
    private FormValues form = new FormValues();
    private String created;

    private Page<LicenseeResponse> page(Map<String, String> filters, PageRequest request) {
        return registry.find(filters.get("number"), filters.get("productNumber"), filters.get("name"), request);
    }

    public void startCreate() {
        created = null;
        form = new FormValues().put("active", true);
    }

    public void save() {
        Feedback.attempt("licenseeForm", () -> {
            LicenseeRequest fields = new LicenseeRequest(
                    form.text("number"),
                    form.text("name"),
                    form.text("productNumber"),
                    null,
                    form.text("licenseeSecret"),
                    form.flag("active"),
                    null,
                    null,
                    null);
            Feedback.requireValid(validator, fields);
            created = registry.create(fields).number();
            return "Licensee " + created + " created.";
        });
    }

    public void delete(LicenseeResponse licensee, boolean withLicenses) {
        Feedback.attempt(null, () -> {
            registry.delete(licensee.number(), withLicenses);
            return "Licensee " + licensee.number() + " deleted.";
        });
    }

    public FacadePages<LicenseeResponse> getLicensees() {
        return licensees;
    }

    public FormValues getForm() {
        return form;
    }

    /** The number of the licensee the dialog just created, to offer a link to its page. */
    public String getCreated() {
        return created;
    }
}
