package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the nine built-in models share: their name, and the license state each reads, declared exactly (a custom
 * model that does not say reads all of it, the safe default of the SPI; a built-in one never wastes a query).
 */
abstract class BuiltInModel implements LicensingModelEvaluator {

    private final String name;
    private final Set<LicenseState> reads;

    BuiltInModel(String name, LicenseState... reads) {
        this.name = name;
        this.reads = reads.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(reads[0], reads));
    }

    @Override
    public final String licensingModel() {
        return name;
    }

    @Override
    public final Set<LicenseState> reads() {
        return reads;
    }
}
