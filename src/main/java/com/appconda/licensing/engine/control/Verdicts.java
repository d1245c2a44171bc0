package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;

/**
 * Reason codes shared by the models, and the answers for requests a model cannot evaluate. We always answer for
 * every module, with a structured reason, where NetLicensing silently drops the module from its answer.
 */
public final class Verdicts {

    /** The licensee holds no active license that this model counts. */
    public static final String NO_ACTIVE_LICENSE = "noActiveLicense";
    /** A request or module parameter the model needs is absent. */
    public static final String MISSING_PARAMETER = "missingParameter";
    /** A request or module parameter has a value the model cannot use. */
    public static final String INVALID_PARAMETER = "invalidParameter";
    /** The module names a licensing model that no evaluator provides. */
    public static final String UNKNOWN_LICENSING_MODEL = "unknownLicensingModel";
    /** The model's evaluator failed; the module is answered invalid instead of failing the whole validation. */
    public static final String EVALUATION_FAILED = "evaluationFailed";

    private Verdicts() {}

    /** Invalid and RED, with one reason and no effects. */
    public static Evaluation rejected(ModuleSnapshot module, String code, String message) {
        return Evaluation.of(ModuleVerdict.builder(module)
                .valid(false)
                .warningLevel(WarningLevel.RED)
                .reason(code, message)
                .build());
    }

    static Evaluation missingParameter(ModuleSnapshot module, String name) {
        return rejected(module, MISSING_PARAMETER, "The " + module.licensingModel() + " model needs '" + name + "'.");
    }

    static Evaluation invalidParameter(ModuleSnapshot module, String name, String value) {
        return rejected(module, INVALID_PARAMETER, "'" + name + "' has an unusable value: '" + value + "'.");
    }
}
