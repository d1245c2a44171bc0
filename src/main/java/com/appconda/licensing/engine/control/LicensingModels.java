package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The licensing models this server knows: the built-ins plus custom ones found by {@link ServiceLoader}.
 *
 * <p>Rules: model names are unique ignoring case (two evaluators for "Floating" and "floating" would make a
 * module's answer depend on loading order), so a duplicate fails at startup, naming both classes. Evaluating a
 * module whose model is unknown, or whose evaluator throws, answers that module {@code valid=false} with a
 * structured reason instead of failing the whole validation: the other modules of the product still get their
 * answers.
 */
public final class LicensingModels {

    private final Map<String, LicensingModelEvaluator> byName;

    /**
     * A registry of exactly these evaluators.
     *
     * @throws IllegalArgumentException when two evaluators claim the same model name
     */
    public LicensingModels(List<? extends LicensingModelEvaluator> evaluators) {
        Map<String, LicensingModelEvaluator> byKey = new LinkedHashMap<>();
        Map<String, LicensingModelEvaluator> names = new LinkedHashMap<>();
        for (LicensingModelEvaluator evaluator : evaluators) {
            String name = evaluator.licensingModel();
            LicensingModelEvaluator clash = byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), evaluator);
            if (clash != null) {
                throw new IllegalArgumentException("Licensing model '" + name + "' is provided twice: by "
                        + clash.getClass().getName() + " and by "
                        + evaluator.getClass().getName() + ".");
            }
            names.put(name, evaluator);
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The built-in models only. */
    public static LicensingModels builtIn() {
        return new LicensingModels(BuiltInModels.all());
    }

    /** The built-in models plus every {@link LicensingModelEvaluator} service visible to {@code loader}. */
    public static LicensingModels discover(ClassLoader loader) {
        List<LicensingModelEvaluator> evaluators = new ArrayList<>(BuiltInModels.all());
        ServiceLoader.load(LicensingModelEvaluator.class, loader).forEach(evaluators::add);
        return new LicensingModels(evaluators);
    }

    /** The model names, built-ins first, for the console's model choice. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The evaluator of a model, by its exact name. */
    public Optional<LicensingModelEvaluator> find(String licensingModel) {
        return Optional.ofNullable(byName.get(licensingModel));
    }

    /** The parameters a model reads, empty for an unknown model. */
    public List<ModelParameter> parameters(String licensingModel) {
        return find(licensingModel).map(LicensingModelEvaluator::parameters).orElse(List.of());
    }

    /** The license state that modules of these models read; a model this registry does not know reads none. */
    public Set<LicenseState> reads(Collection<String> licensingModels) {
        Set<LicenseState> reads = EnumSet.noneOf(LicenseState.class);
        licensingModels.forEach(model -> find(model).ifPresent(evaluator -> reads.addAll(evaluator.reads())));
        return reads;
    }

    /** Evaluates the module with its model's evaluator; never throws for an unknown or failing model. */
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        Optional<LicensingModelEvaluator> evaluator = find(module.licensingModel());
        if (evaluator.isEmpty()) {
            return Verdicts.rejected(
                    module,
                    Verdicts.UNKNOWN_LICENSING_MODEL,
                    "No evaluator provides the licensing model '" + module.licensingModel() + "'.");
        }
        try {
            return evaluator.get().evaluate(module, request, now);
        } catch (RuntimeException failure) {
            return Verdicts.rejected(
                    module,
                    Verdicts.EVALUATION_FAILED,
                    evaluator.get().getClass().getName() + " failed: " + failure);
        }
    }
}
