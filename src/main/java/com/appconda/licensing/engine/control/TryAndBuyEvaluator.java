package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * TryAndBuy: a free evaluation period, then a purchase.
 *
 * <p>Rule: with an active FEATURE (purchase) license the module is valid and not in evaluation (GREEN). Otherwise
 * the evaluation license (TIMEVOLUME, {@code timeVolume} days) decides: valid and in evaluation (YELLOW) while
 * {@code now < start + timeVolume}, invalid afterwards (RED). The first validation issues the evaluation license
 * stamped "now" ({@link com.appconda.licensing.engine.spi.Effect.CreateEvaluationLicense}), so the trial starts
 * when the customer first runs the software, not when the vendor set up the product; an evaluation issued without
 * a start date starts the same way. A licensee whose evaluation license exists but is inactive gets no fresh one.
 *
 * <p>{@code evaluation} stays true after the trial ran out (the answer is still about the evaluation), as
 * {@code evaluationExpires} tells the customer when it ended; NetLicensing's documentation does not say.
 */
public final class TryAndBuyEvaluator extends BuiltInModel {

    public static final String NAME = "TryAndBuy";
    public static final String EVALUATION_EXPIRED = "evaluationExpired";

    public TryAndBuyEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.FEATURE, LicenseType.TIMEVOLUME);
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        if (!module.activeLicenses(LicenseType.FEATURE).isEmpty()) {
            return Evaluation.of(ModuleVerdict.builder(module)
                    .valid(true)
                    .warningLevel(WarningLevel.GREEN)
                    .field("evaluation", false)
                    .build());
        }
        Optional<TemplateSnapshot> toIssue =
                evaluationTemplate(module).filter(template -> EvaluationLicenses.neverIssued(module, template));
        EvaluationLicenses.Started started = EvaluationLicenses.start(module, now, toIssue);
        return Timeline.overlapping(started.licenses())
                .relevant(now)
                .map(period -> new Evaluation(evaluating(module, period, now), started.effects()))
                .orElseGet(() -> Verdicts.rejected(
                        module, Verdicts.NO_ACTIVE_LICENSE, "Neither a purchase nor an evaluation license is active."));
    }

    private static ModuleVerdict evaluating(ModuleSnapshot module, Timeline.Period period, Instant now) {
        boolean valid = period.contains(now);
        ModuleVerdict.Builder verdict = ModuleVerdict.builder(module)
                .valid(valid)
                .warningLevel(valid ? WarningLevel.YELLOW : WarningLevel.RED)
                .field("evaluation", true)
                .field("evaluationExpires", period.end());
        if (valid) {
            return verdict.validUntil(period.end()).build();
        }
        return verdict.reason(EVALUATION_EXPIRED, "The evaluation ended at " + period.end() + ".")
                .build();
    }

    /** The active TIMEVOLUME template, preferring an automatic one when the vendor defined several. */
    private static Optional<TemplateSnapshot> evaluationTemplate(ModuleSnapshot module) {
        return module.templates().stream()
                .filter(t -> t.active() && t.licenseType() == LicenseType.TIMEVOLUME)
                .min(Comparator.comparing(t -> !t.automatic()));
    }
}
