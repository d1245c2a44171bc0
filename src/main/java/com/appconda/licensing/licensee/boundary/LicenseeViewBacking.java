package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * console/licensee/view.xhtml: one licensee, its licenses (with consumption and end), the floating sessions
 * holding seats, and issuing licenses from the product's templates. A number that is not the vendor's, or
 * does not exist, answers the same 404 page.
 */
@Named
@ViewScoped
public class LicenseeViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseeRegistry registry;

    @Inject
    LicenseeUsage usage;

    @Inject
    LicenseIssuer issuer;

    private String number;
    private LicenseeResponse licensee;
    private List<LicenseeUsage.LicenseUse> licenses = List.of();
    private List<LicenseeUsage.SessionInUse> sessions = List.of();
    private List<LicenseeUsage.IssuableTemplate> templates = List.of();
    private List<String> chosenTemplates = new ArrayList<>();
    private int changes;

    public void open() throws IOException {
        try {
            if (number == null || number.isBlank()) {
                throw new UnknownEntityException("licensee", "");
            }
            licensee = registry.read(number);
            reload();
        } catch (UnknownEntityException notTheVendors) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "no such licensee");
            context.responseComplete();
        }
    }

    private void reload() {
        licensee = registry.read(licensee.number());
        licenses = usage.licenses(licensee.number());
        sessions = usage.sessions(licensee.number());
        templates = usage.issuableTemplates(licensee.number());
    }

    public void issueChosen() {
        changes++;
        if (Feedback.attempt("issueForm", () -> {
            int issued = issuer.issueAll(licensee.number(), chosenTemplates).size();
            return issued == 1 ? "1 license issued." : issued + " licenses issued.";
        })) {
            chosenTemplates = new ArrayList<>();
        }
        reload();
    }

    public void setActive(LicenseeUsage.LicenseUse license, boolean active) {
        changes++;
        Feedback.attempt(null, () -> {
            issuer.update(
                    license.number(),
                    new LicenseRequest(
                            null, null, null, null, active, null, null, null, null, null, null, null, null, null));
            return "License " + license.number() + (active ? " activated." : " deactivated.");
        });
        reload();
    }

    public void release(LicenseeUsage.SessionInUse session) {
        changes++;
        Feedback.attempt(null, () -> {
            usage.releaseSession(licensee.number(), session.licenseNumber(), session.sessionId());
            return "Session " + session.sessionId() + " released: its seat is free.";
        });
        reload();
    }

    /**
     * How many times this page has tried to change the licensee's licenses or seats (a refused attempt counts too: it
     * may have raced another change). The page's Broker answer is out of date once this moves past it.
     */
    public int getChanges() {
        return changes;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LicenseeResponse getLicensee() {
        return licensee;
    }

    public List<LicenseeUsage.LicenseUse> getLicenses() {
        return licenses;
    }

    public List<LicenseeUsage.SessionInUse> getSessions() {
        return sessions;
    }

    public List<LicenseeUsage.IssuableTemplate> getTemplates() {
        return templates;
    }

    public List<String> getChosenTemplates() {
        return chosenTemplates;
    }

    public void setChosenTemplates(List<String> chosenTemplates) {
        this.chosenTemplates = chosenTemplates;
    }
}
