package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts time on first use. A TIMEVOLUME license issued without a start date (an automatic evaluation given to a
 * new licensee) starts at its first validation, and a missing evaluation license is issued at that moment.
 * The evaluator computes the answer on the licenses as they will be once the shell has applied the effects.
 */
final class EvaluationLicenses {

    /** The licensee's active TIMEVOLUME licenses after starting, and the effects that start them. */
    record Started(List<LicenseSnapshot> licenses, List<Effect> effects) {}

    private EvaluationLicenses() {}

    /** Starts unstarted active TIMEVOLUME licenses at {@code now} and issues {@code toIssue}, if given. */
    static Started start(ModuleSnapshot module, Instant now, Optional<TemplateSnapshot> toIssue) {
        List<LicenseSnapshot> licenses = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        for (LicenseSnapshot license : module.activeLicenses(LicenseType.TIMEVOLUME)) {
            if (license.startDate() == null) {
                effects.add(new Effect.StartLicense(license.licenseNumber(), now));
                licenses.add(license.withStartDate(now));
            } else {
                licenses.add(license);
            }
        }
        toIssue.ifPresent(template -> {
            effects.add(new Effect.CreateEvaluationLicense(template.templateNumber(), now));
            licenses.add(LicenseSnapshot.issuedFrom(template, now));
        });
        return new Started(licenses, effects);
    }

    /**
     * True when the licensee never held a license of the template, active or not. A deactivated evaluation stays
     * deactivated: issuing a fresh one would undo the vendor's decision.
     */
    static boolean neverIssued(ModuleSnapshot module, TemplateSnapshot template) {
        return module.licenses().stream().noneMatch(l -> l.templateNumber().equals(template.templateNumber()));
    }
}
