package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the nine built-in models share: their name, and the license state and request parameters each reads,
 * declared exactly. A custom model that does not declare gets all state and any parameter, the SPI's safe defaults;
 * a built-in one never wastes a query and refuses a misspelt parameter.
 */
abstract class BuiltInModel implements LicensingModelEvaluator {

    private final String name;
    private final Set<LicenseState> reads;
    private final List<ModelParameter> requestParameters;

    BuiltInModel(String name, List<ModelParameter> requestParameters, LicenseState... reads) {
        this.name = name;
        this.requestParameters = List.copyOf(requestParameters);
        this.reads = reads.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(reads[0], reads));
    }

    /** A model that reads neither request parameters nor license state beyond the licenses. */
    BuiltInModel(String name) {
        this(name, List.of());
    }

    @Override
    public final String licensingModel() {
        return name;
    }

    /** Every built-in model says which license types it counts (the SPI's default would accept any). */
    @Override
    public abstract Set<LicenseType> licenseTypes();

    @Override
    public final Set<LicenseState> reads() {
        return reads;
    }

    @Override
    public final Optional<List<ModelParameter>> requestParameters() {
        return Optional.of(requestParameters);
    }
}
