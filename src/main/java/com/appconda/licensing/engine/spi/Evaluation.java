package com.appconda.licensing.engine.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a licensing model decided for one module: the answer, and the state changes that make the answer true.
 * The shell applies all {@code effects} in the same transaction as it records the answer, or none of them
 * (for example on {@code dryRun=true}, where it returns the verdict and drops the effects).
 */
public record Evaluation(ModuleVerdict verdict, List<Effect> effects) {

    public Evaluation {
        Objects.requireNonNull(verdict, "verdict");
        effects = List.copyOf(effects);
    }

    /** An answer that changes nothing. */
    public static Evaluation of(ModuleVerdict verdict) {
        return new Evaluation(verdict, List.of());
    }
}
