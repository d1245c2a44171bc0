package com.appconda.licensing.broker.control;

import com.appconda.licensing.broker.entity.Evaluation;
import com.appconda.licensing.broker.entity.ModelParameter;
import com.appconda.licensing.broker.entity.ModuleRequest;
import com.appconda.licensing.broker.entity.ModuleSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * A licensing model: the rule that turns one module's snapshot and request into an answer and state changes.
 *
 * <p>This is the service-provider interface for custom models. An enterprise implements it in a jar with a
 * {@code META-INF/services/com.appconda.licensing.broker.control.LicensingModelEvaluator} entry and puts the jar in
 * the WAR or the server; {@link LicensingModels} then lists and validates the model like a built-in one.
 *
 * <p>Contract: {@link #evaluate} is a pure function of its arguments. It must not read the clock, do I/O or keep
 * state between calls, and it never throws for business outcomes: a negative check is a verdict with
 * {@code valid=false} and a reason. State changes are returned as effects for the shell to apply atomically.
 */
public interface LicensingModelEvaluator {

    /** The model's name as stored on product modules, e.g. {@code Floating}; unique within a registry. */
    String licensingModel();

    /** The module parameters this model reads, so that the console can show and check them. */
    default List<ModelParameter> parameters() {
        return List.of();
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
