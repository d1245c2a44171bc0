package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * MultiFeature: independent on/off features, one per FEATURE template (template number = feature id).
 *
 * <p>Rule: a feature is valid when the licensee holds an active license of its template. The answer lists every
 * feature of the module, named by its id as NetLicensing does, with {@code valid} and {@code featureName}, so
 * that the vendor's software can switch each one on or off from one call. The features are the module's FEATURE
 * templates plus the templates of the licensee's active FEATURE licenses: a license issued as a feature keeps
 * counting even if its template was later changed to another type. The module is valid when at least one
 * feature is (NetLicensing gives no module-level rule); the warning level is always GREEN.
 */
public final class MultiFeatureEvaluator extends BuiltInModel {

    public static final String NAME = "MultiFeature";

    public MultiFeatureEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.FEATURE);
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        Set<String> licensed = new LinkedHashSet<>();
        module.activeLicenses(LicenseType.FEATURE).forEach(l -> licensed.add(l.templateNumber()));
        Set<String> features = new LinkedHashSet<>();
        module.templates().stream()
                .filter(t -> t.licenseType() == LicenseType.FEATURE)
                .forEach(t -> features.add(t.templateNumber()));
        features.addAll(licensed);
        ModuleVerdict.Builder verdict =
                ModuleVerdict.builder(module).warningLevel(WarningLevel.GREEN).valid(!licensed.isEmpty());
        for (String feature : features) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("valid", licensed.contains(feature));
            item.put(
                    "featureName",
                    module.template(feature).map(TemplateSnapshot::name).orElse(feature));
            verdict.item(feature, item);
        }
        if (licensed.isEmpty()) {
            verdict.reason(Verdicts.NO_ACTIVE_LICENSE, "No feature is licensed.");
        }
        return Evaluation.of(verdict.build());
    }
}
