package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.Reason;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The licensee page's "Validate now": runs the real Broker validation as a dry run for a new client session
 * (nothing is consumed, checked out or started) and shows the answer, module by module, read as data.
 */
@Named
@ViewScoped
public class ValidateNowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One module's result as the page shows it. */
    public record ModuleResult(
            String number,
            String name,
            String licensingModel,
            boolean valid,
            String warningLevel,
            List<String> reasons,
            List<String> details) {}

    @Inject
    ValidationBroker broker;

    private String licenseeSecret;
    private Boolean valid;
    private Instant ttl;
    private List<ModuleResult> modules = List.of();
    private int answeredAfterChanges;

    /**
     * @param changesSoFar how many changes the page had made to the licensee's licenses when asked; an answer given
     *     before a later change is marked out of date ({@link #isStaleAfter})
     */
    public void validate(String licenseeNumber, String productNumber, int changesSoFar) {
        try {
            answeredAfterChanges = changesSoFar;
            show(broker.preview(licenseeNumber, productNumber, licenseeSecret));
        } catch (LicensingException refused) {
            valid = null;
            Feedback.refused(refused, null);
        }
    }

    private void show(ValidationAnswer answer) {
        valid = answer.valid();
        ttl = answer.ttl();
        modules = answer.modules().stream().map(ValidateNowBacking::result).toList();
    }

    private static ModuleResult result(ModuleVerdict verdict) {
        return new ModuleResult(
                verdict.moduleNumber(),
                verdict.moduleName(),
                verdict.licensingModel(),
                verdict.valid(),
                verdict.warningLevel().name(),
                verdict.reasons().stream().map(Reason::message).toList(),
                details(verdict));
    }

    /** The model's own fields, then one line per listed item (device, feature, SKU) with its fields. */
    private static List<String> details(ModuleVerdict verdict) {
        List<String> details = new ArrayList<>();
        verdict.fields().forEach((name, value) -> details.add(name + ": " + value));
        verdict.lists().forEach((name, items) -> items.forEach(item -> details.add(name + ": " + item)));
        return details;
    }

    /** Whether the answer on screen was given before the page's latest change to the licenses. */
    public boolean isStaleAfter(int changesSoFar) {
        return valid != null && changesSoFar != answeredAfterChanges;
    }

    public Boolean getValid() {
        return valid;
    }

    public Instant getTtl() {
        return ttl;
    }

    public List<ModuleResult> getModules() {
        return modules;
    }

    public String getLicenseeSecret() {
        return licenseeSecret;
    }

    public void setLicenseeSecret(String licenseeSecret) {
        this.licenseeSecret = licenseeSecret;
    }
}
