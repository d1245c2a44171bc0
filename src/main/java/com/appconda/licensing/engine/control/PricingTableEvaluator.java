package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * PricingTable: plans ("free", "basic", "premium") that each switch a set of SKUs on or grant them a quota.
 *
 * <p>Rule: every active FEATURE (one-time) or TIMEVOLUME (recurring) license of the module is a plan; a recurring
 * plan is active while its own period covers "now" (it starts at first validation if issued without a start date).
 * The module is valid while a plan is active; the current plan ({@code pricingPlanId}, its template number) is the
 * active one started last, since a customer who changes plan buys the new one after the old. Per SKU of the
 * module's {@code skudef}: a FEATURE SKU is valid when any active plan switches it on; a QUOTA SKU's quota is the
 * sum over active plans ({@code -1} wins), valid when not 0, as the Quota model adds up its licenses.
 * A plan's SKU values are the ones copied onto its license at issue, falling back to its template only when the
 * license has none. Warning: GREEN below 80 % of the current recurring period used (one-time: GREEN), YELLOW from
 * 80 %, RED when no plan is active. NetLicensing documents no wire format for this model; ours is in the fields.
 */
public final class PricingTableEvaluator extends BuiltInModel {

    public static final String NAME = "PricingTable";
    public static final String RECURRING = "RECURRING";
    public static final String ONE_TIME = "ONETIME";

    /** A plan the licensee holds, with its period (empty for a one-time plan) and its SKU values. */
    private record Plan(LicenseSnapshot license, Optional<Timeline.Period> period, Map<?, ?> skus) {

        boolean activeAt(Instant now) {
            return period.map(p -> p.contains(now)).orElse(license.licenseType() == LicenseType.FEATURE);
        }

        Instant start() {
            return period.map(Timeline.Period::start).orElse(Instant.MIN);
        }
    }

    public PricingTableEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.FEATURE, LicenseType.TIMEVOLUME);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.required(
                PricingPlans.SKUDEF,
                ModelParameter.Type.JSON,
                "The SKUs: [{\"number\": \"...\", \"name\": \"...\", \"type\": \"FEATURE\" or \"QUOTA\"}]."));
    }

    /** The SKU definition must be one the model can read, so that no validation of the product fails on it. */
    @Override
    public Map<String, String> refusedModuleParameters(Map<String, String> parameters) {
        String skudef = parameters.get(PricingPlans.SKUDEF);
        if (skudef == null) {
            return Map.of();
        }
        try {
            PricingPlans.skus(skudef);
            return Map.of();
        } catch (IllegalArgumentException malformed) {
            return Map.of(PricingPlans.SKUDEF, malformed.getMessage());
        }
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        String skudef = module.parameter(PricingPlans.SKUDEF);
        if (skudef == null) {
            return Verdicts.missingParameter(module, PricingPlans.SKUDEF);
        }
        EvaluationLicenses.Started started = EvaluationLicenses.start(module, now, Optional.empty());
        try {
            List<PricingPlans.Sku> skus = PricingPlans.skus(skudef);
            List<Plan> active = plans(module, started.licenses(), now).stream()
                    .filter(p -> p.activeAt(now))
                    .toList();
            return new Evaluation(verdict(module, skus, active, now), started.effects());
        } catch (IllegalArgumentException malformed) {
            return Verdicts.rejected(module, Verdicts.INVALID_PARAMETER, malformed.getMessage());
        }
    }

    private static List<Plan> plans(ModuleSnapshot module, List<LicenseSnapshot> recurring, Instant now) {
        List<Plan> plans = new ArrayList<>();
        for (LicenseSnapshot license : module.activeLicenses(LicenseType.FEATURE)) {
            plans.add(new Plan(license, Optional.empty(), PricingPlans.planSkus(module, license)));
        }
        for (LicenseSnapshot license : recurring) {
            Optional<Timeline.Period> period =
                    Timeline.overlapping(List.of(license)).relevant(now);
            plans.add(new Plan(license, period, PricingPlans.planSkus(module, license)));
        }
        return plans;
    }

    private static ModuleVerdict verdict(
            ModuleSnapshot module, List<PricingPlans.Sku> skus, List<Plan> active, Instant now) {
        ModuleVerdict.Builder verdict = ModuleVerdict.builder(module).valid(!active.isEmpty());
        Optional<Plan> current = active.stream().max(Comparator.comparing(Plan::start));
        current.ifPresentOrElse(
                plan -> describe(module, verdict, plan, now),
                () -> verdict.warningLevel(WarningLevel.RED).reason(Verdicts.NO_ACTIVE_LICENSE, "No active plan."));
        verdict.field(
                "activePricingPlans",
                active.stream().map(p -> p.license().templateNumber()).toList());
        active.forEach(plan -> plan.period().ifPresent(p -> verdict.validUntil(p.end())));
        skus.forEach(sku -> verdict.item(sku.number(), skuItem(sku, active)));
        return verdict.build();
    }

    private static void describe(ModuleSnapshot module, ModuleVerdict.Builder verdict, Plan plan, Instant now) {
        verdict.field("pricingPlanId", plan.license().templateNumber())
                .field("pricingPlanName", PricingPlans.name(module, plan.license()))
                .field("pricingPlanType", plan.period().isPresent() ? RECURRING : ONE_TIME)
                .warningLevel(plan.period()
                        .map(p -> WarningLevels.time(p.start(), p.end(), now))
                        .orElse(WarningLevel.GREEN));
    }

    private static Map<String, Object> skuItem(PricingPlans.Sku sku, List<Plan> active) {
        List<Object> values = active.stream()
                .map(plan -> (Object) plan.skus().get(sku.number()))
                .filter(Objects::nonNull)
                .toList();
        Map<String, Object> item = new LinkedHashMap<>();
        if (PricingPlans.QUOTA.equals(sku.type())) {
            long quota = PricingPlans.quota(values);
            item.put("valid", quota != 0);
            item.put("quota", quota);
        } else {
            item.put("valid", PricingPlans.anyOn(values));
        }
        item.put("name", sku.name());
        item.put("type", sku.type());
        return item;
    }
}
