package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A licensing model: the rule that turns one module's snapshot and request into an answer and state changes.
 *
 * <p>This is the service-provider interface for custom models. An enterprise implements it in a jar with a
 * {@code META-INF/services/com.appconda.licensing.engine.spi.LicensingModelEvaluator} entry and puts the jar in
 * the WAR; the server's model registry then lists and validates the model like a built-in one. Everything such a
 * jar needs is in this package: the interface, the snapshots it reads and the verdict and effects it answers with.
 *
 * <p>Contract: {@link #evaluate} is a pure function of its arguments. It must not read the clock, do I/O or keep
 * state between calls, and it never throws for business outcomes: a negative check is a verdict with
 * {@code valid=false} and a reason. State changes are returned as effects for the shell to apply atomically.
 */
public interface LicensingModelEvaluator {

    /** The model's name as stored on product modules, e.g. {@code Floating}; unique within a registry. */
    String licensingModel();

    /**
     * The license types this model counts. The catalog refuses a template of another type for a module of this
     * model (no validation would ever count its licenses), and the console offers only these. The default, every
     * type, holds no custom model back that does not say.
     */
    default Set<LicenseType> licenseTypes() {
        return EnumSet.allOf(LicenseType.class);
    }

    /** The module parameters this model reads, so that the console can show and check them. */
    default List<ModelParameter> parameters() {
        return List.of();
    }

    /**
     * Why the module parameters cannot work with this model, by parameter name; empty when they can. The catalog
     * refuses to save a module with such parameters (beyond the type checks {@link #parameters()} declare), so
     * that no validation ever meets them: the rule a model applies to its parameters when it evaluates, applied
     * when they are set.
     */
    default Map<String, String> refusedModuleParameters(Map<String, String> moduleParameters) {
        return Map.of();
    }

    /**
     * The request parameters this model reads, under NetLicensing's names. When a model declares them, the Broker
     * refuses a validation that sends this module another parameter or a value of the wrong type with a 400 naming
     * it, instead of ignoring a typo. Empty (the default): the model declares nothing, and gets whatever the request
     * sends, as text.
     */
    default Optional<List<ModelParameter>> requestParameters() {
        return Optional.empty();
    }

    /**
     * Why this module's request parameters, each of its declared type, make no request together (for example two
     * that exclude each other), by parameter name; empty when they make one. The Broker answers such a request 400.
     */
    default Map<String, String> refusedRequest(ModuleRequest request) {
        return Map.of();
    }

    /**
     * The license state beyond the licenses themselves that this model reads. Each kind costs the shell a query,
     * so the built-in models name only what they use; a custom model gets all of it unless it says otherwise.
     */
    default Set<LicenseState> reads() {
        return EnumSet.allOf(LicenseState.class);
    }

    /**
     * Decides the module's answer at {@code now}.
     *
     * @param module  the module with its templates and the licensee's licenses of it
     * @param request the request's parameters for this module
     * @param now     the validation instant, from the shell's clock
     */
    Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now);
}
