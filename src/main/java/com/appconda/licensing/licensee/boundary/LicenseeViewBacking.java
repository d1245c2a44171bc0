package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.FormValues;
import com.appconda.licensing.platform.boundary.PropertyLines;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * console/licensee/view.xhtml: one licensee, edited in a dialog (name, active, transfer, custom properties, a
 * predefined secret), its licenses (with consumption and end, activated and deactivated one by one or as a
 * selection), the floating sessions holding seats, and issuing licenses from the product's templates. A number that
 * is not the vendor's, or does not exist, answers the same 404 page.
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

    @Inject
    transient Validator validator;

    private String number;
    private LicenseeResponse licensee;
    private List<LicenseeUsage.LicenseUse> licenses = List.of();
    private List<LicenseeUsage.SessionInUse> sessions = List.of();
    private List<LicenseeUsage.IssuableTemplate> templates = List.of();
    private List<String> chosenTemplates = new ArrayList<>();
    private List<LicenseeUsage.LicenseUse> selectedLicenses = new ArrayList<>();
    private FormValues form = new FormValues();
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

    /** Activates or deactivates the selected licenses, all or none. */
    public void setSelectedActive(boolean active) {
        changes++;
        List<String> numbers =
                selectedLicenses.stream().map(LicenseeUsage.LicenseUse::number).toList();
        if (Feedback.attempt("licensesForm", () -> {
            int changed =
                    issuer.setActiveAll(licensee.number(), numbers, active).size();
            return (changed == 1 ? "1 license " : changed + " licenses ") + (active ? "activated." : "deactivated.");
        })) {
            selectedLicenses = new ArrayList<>();
        }
        reload();
    }

    public void startEdit() {
        form = new FormValues()
                .put("name", licensee.name())
                .put("active", licensee.active())
                .put("markedForTransfer", licensee.markedForTransfer())
                .put("properties", PropertyLines.format(licensee.properties()))
                .put("aliases", String.join("\n", licensee.aliases()))
                .put("revision", licensee.revision());
    }

    /** Saves the dialog; a change another user saved meanwhile is refused, not overwritten (the revision). */
    public void saveLicensee() {
        changes++;
        Feedback.attempt("licenseeForm", () -> {
            LicenseeRequest fields = new LicenseeRequest(
                    null,
                    form.text("name"),
                    null,
                    form.flag("markedForTransfer"),
                    form.text("licenseeSecret"),
                    form.flag("active"),
                    PropertyLines.changes(licensee.properties(), form.text("properties"), "properties"),
                    aliasLines(form.text("aliases")),
                    form.revision());
            Feedback.requireValid(validator, fields);
            return "Licensee " + registry.update(licensee.number(), fields).number() + " saved.";
        });
        reload();
    }

    /** The aliases for the page's summary line. */
    public String getAliasList() {
        return String.join(", ", licensee.aliases());
    }

    /** The aliases field: one per line; blank lines are skipped and an empty field removes every alias. */
    static List<String> aliasLines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
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

    public List<LicenseeUsage.LicenseUse> getSelectedLicenses() {
        return selectedLicenses;
    }

    public void setSelectedLicenses(List<LicenseeUsage.LicenseUse> selectedLicenses) {
        this.selectedLicenses = selectedLicenses == null ? new ArrayList<>() : new ArrayList<>(selectedLicenses);
    }

    /** The custom properties by name, as the edit dialog lists them. */
    public List<Map.Entry<String, String>> getSortedProperties() {
        return List.copyOf(new TreeMap<>(licensee.properties()).entrySet());
    }

    public FormValues getForm() {
        return form;
    }
}
