package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Subscription: use for as long as paid periods cover "now".
 *
 * <p>Rule: the licensee's active TIMEVOLUME licenses form a cumulative timeline: a renewal whose start date lies
 * before the current expiry is appended after it, so paying early never loses paid days. The module is valid while
 * {@code now < expires}, or while {@code now < expires + gracePeriod} days when the module sets a grace period
 * (our addition, default 0, so that a late renewal payment does not lock the customer out). The warning level
 * is GREEN below 80 % of the current period used, YELLOW from 80 %, RED once expired, also within the grace period.
 *
 * <p>An automatic, free TIMEVOLUME template is the optional evaluation: it is issued at the first validation of a
 * licensee who never had a TIMEVOLUME license of this module, and unstarted licenses start at first validation.
 */
public final class SubscriptionEvaluator extends BuiltInModel {

    public static final String NAME = "Subscription";
    public static final String GRACE_PERIOD = "gracePeriod";
    public static final String EXPIRED = "expired";
    public static final String IN_GRACE_PERIOD = "inGracePeriod";
    /** Ten years of grace is more than any vendor means; a larger number is a typo. */
    static final long MAX_GRACE_DAYS = 3_650;

    public SubscriptionEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.TIMEVOLUME);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.optional(
                GRACE_PERIOD, ModelParameter.Type.COUNT, "0", "Days the subscription stays valid after it expired."));
    }

    @Override
    public Map<String, String> refusedModuleParameters(Map<String, String> parameters) {
        String value = parameters.get(GRACE_PERIOD);
        String problem = value == null ? null : Numbers.outsideRange(value, 0, MAX_GRACE_DAYS);
        return problem == null ? Map.of() : Map.of(GRACE_PERIOD, problem);
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        Long graceDays = Numbers.parseAtMost(module.parameter(GRACE_PERIOD), 0, MAX_GRACE_DAYS);
        if (graceDays == null) {
            return Verdicts.invalidParameter(module, GRACE_PERIOD, module.parameter(GRACE_PERIOD));
        }
        EvaluationLicenses.Started started = EvaluationLicenses.start(module, now, trialToIssue(module));
        return Timeline.cumulative(started.licenses())
                .relevant(now)
                .map(period ->
                        new Evaluation(verdict(module, period, Duration.ofDays(graceDays), now), started.effects()))
                .orElseGet(() -> Verdicts.rejected(
                        module, Verdicts.NO_ACTIVE_LICENSE, "No active subscription license has started."));
    }

    private static ModuleVerdict verdict(ModuleSnapshot module, Timeline.Period period, Duration grace, Instant now) {
        Instant expires = period.end();
        Instant graceEnd = expires.plus(grace);
        boolean valid = TimeVolumes.isBefore(now, graceEnd);
        ModuleVerdict.Builder verdict = ModuleVerdict.builder(module)
                .valid(valid)
                .warningLevel(WarningLevels.time(period.start(), expires, now))
                .field("expires", expires);
        if (TimeVolumes.isBefore(now, expires)) {
            return verdict.validUntil(expires).build();
        }
        if (valid) {
            return verdict.validUntil(graceEnd)
                    .reason(IN_GRACE_PERIOD, "Expired at " + expires + "; grace period until " + graceEnd + ".")
                    .build();
        }
        return verdict.reason(EXPIRED, "The subscription expired at " + expires + ".")
                .build();
    }

    private static Optional<TemplateSnapshot> trialToIssue(ModuleSnapshot module) {
        boolean hadSubscription = module.licenses().stream().anyMatch(l -> l.licenseType() == LicenseType.TIMEVOLUME);
        if (hadSubscription) {
            return Optional.empty();
        }
        return module.templates().stream()
                .filter(t -> t.active() && t.automatic() && t.licenseType() == LicenseType.TIMEVOLUME)
                .filter(t -> t.price().compareTo(BigDecimal.ZERO) == 0)
                .findFirst();
    }
}
