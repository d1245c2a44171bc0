package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Validates a whole product for one licensee: every module, each with its own model and its own
 * request parameters, so that the vendor's software needs one call for the complete answer.
 */
public final class ProductValidation {

    private final LicensingModels models;

    public ProductValidation(LicensingModels models) {
        this.models = models;
    }

    /** One evaluation per module, in module order; a module without parameters gets an empty request. */
    public List<Evaluation> evaluate(List<ModuleSnapshot> modules, Map<String, ModuleRequest> requests, Instant now) {
        return modules.stream()
                .map(module -> models.evaluate(
                        module, requests.getOrDefault(module.moduleNumber(), ModuleRequest.empty()), now))
                .toList();
    }

    /**
     * The answer when the licensee could not prove its identity: every module invalid, with the
     * reason, and nothing changed (no evaluation ran, so no seat or quantity was touched).
     */
    public static List<Evaluation> refused(List<ModuleSnapshot> modules, String code, String message) {
        return modules.stream()
                .map(module -> Evaluation.of(ModuleVerdict.builder(module)
                        .valid(false)
                        .warningLevel(WarningLevel.RED)
                        .reason(code, message)
                        .build()))
                .toList();
    }

    public static boolean changesState(List<Evaluation> evaluations) {
        return evaluations.stream().anyMatch(evaluation -> !evaluation.effects().isEmpty());
    }

    public static List<Effect> effects(List<Evaluation> evaluations) {
        return evaluations.stream()
                .flatMap(evaluation -> evaluation.effects().stream())
                .toList();
    }

    /** The earliest instant until which any module's answer holds, if any module limits it. */
    public static Instant validUntil(List<Evaluation> evaluations) {
        return evaluations.stream()
                .map(evaluation -> evaluation.verdict().validUntil())
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }
}
