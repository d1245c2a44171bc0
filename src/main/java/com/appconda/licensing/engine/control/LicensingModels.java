package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.verifier.JsonText;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The licensing models this server knows: the built-ins plus custom ones found by {@link ServiceLoader}.
 *
 * <p>Rules: model names are unique ignoring case (two evaluators for "Floating" and "floating" would make a
 * module's answer depend on loading order), so a duplicate fails at startup, naming both classes. Evaluating a
 * module whose model is unknown, or whose evaluator throws, answers that module {@code valid=false} with a
 * structured reason instead of failing the whole validation: the other modules of the product still get their
 * answers; what failed is logged with an incident id that the answer names, never sent in the answer.
 */
public final class LicensingModels {

    private static final Logger LOG = Logger.getLogger(LicensingModels.class.getName());

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
    /** The license types a model counts; none for a model this registry does not know. */
    public Set<LicenseType> licenseTypes(String licensingModel) {
        return find(licensingModel).map(LicensingModelEvaluator::licenseTypes).orElse(Set.of());
    }

    public List<ModelParameter> parameters(String licensingModel) {
        return find(licensingModel).map(LicensingModelEvaluator::parameters).orElse(List.of());
    }

    /** The license state that modules of these models read; a model this registry does not know reads none. */
    public Set<LicenseState> reads(Collection<String> licensingModels) {
        Set<LicenseState> reads = EnumSet.noneOf(LicenseState.class);
        licensingModels.forEach(model -> find(model).ifPresent(evaluator -> reads.addAll(evaluator.reads())));
        return reads;
    }

    /**
     * Why the module parameters cannot be saved for a module of the model, by parameter name, in the order the
     * model declares them; empty when they can (and for a model this registry does not know). A required
     * parameter must be set; a set one must be a value of its type and, for JSON, a document this server reads;
     * then the model checks them together ({@link LicensingModelEvaluator#refusedModuleParameters}).
     */
    public Map<String, String> refusedModuleParameters(String licensingModel, Map<String, String> properties) {
        Optional<LicensingModelEvaluator> evaluator = find(licensingModel);
        if (evaluator.isEmpty()) {
            return Map.of();
        }
        Map<String, String> refused = new LinkedHashMap<>();
        for (ModelParameter parameter : evaluator.get().parameters()) {
            String value = properties.get(parameter.name());
            if (value == null) {
                if (parameter.required()) {
                    refused.put(parameter.name(), "is required by " + licensingModel + ": " + parameter.description());
                }
                continue;
            }
            typeRefusal(parameter, value).ifPresent(why -> refused.put(parameter.name(), why));
        }
        if (refused.isEmpty()) {
            refused.putAll(modelRefusals(evaluator.get(), properties));
        }
        return refused;
    }

    private static Optional<String> typeRefusal(ModelParameter parameter, String value) {
        if (parameter.type() == ModelParameter.Type.JSON) {
            try {
                JsonText.parse(value);
            } catch (IllegalArgumentException malformed) {
                return Optional.of("must be JSON: " + malformed.getMessage());
            }
        }
        return parameter.refusalOf(value);
    }

    /** The model's own refusals; a model that fails to check refuses rather than let the module fail later. */
    private static Map<String, String> modelRefusals(
            LicensingModelEvaluator evaluator, Map<String, String> properties) {
        try {
            return evaluator.refusedModuleParameters(Map.copyOf(properties));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, evaluator.getClass().getName() + " failed to check module parameters", failure);
            return Map.of("properties", "the licensing model could not check these parameters");
        }
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
        } catch (RuntimeException | StackOverflowError failure) {
            String incident = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "incident " + incident + ": " + evaluator.get().getClass().getName() + " failed on" + " module "
                            + module.moduleNumber(),
                    failure);
            return Verdicts.rejected(
                    module,
                    Verdicts.EVALUATION_FAILED,
                    "The licensing model could not evaluate this" + " module; quote incident " + incident
                            + " to the operator.");
        }
    }
}
