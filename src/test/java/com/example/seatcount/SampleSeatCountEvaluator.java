package com.example.seatcount;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.List;

/**
 * A custom model as an enterprise would write one, registered through
 * {@code META-INF/services/com.appconda.licensing.engine.spi.LicensingModelEvaluator} in the test resources:
 * valid when the licensee holds at least {@code minimumLicenses} active FEATURE licenses.
 */
public class SampleSeatCountEvaluator implements LicensingModelEvaluator {

    public static final String NAME = "SampleSeatCount";

    @Override
    public String licensingModel() {
        return NAME;
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.optional(
                "minimumLicenses", ModelParameter.Type.INTEGER, "1", "Active FEATURE licenses needed."));
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        long minimum = Long.parseLong(module.parameters().getOrDefault("minimumLicenses", "1"));
        boolean valid = module.activeLicenses(LicenseType.FEATURE).size() >= minimum;
        return Evaluation.of(ModuleVerdict.builder(module)
                .valid(valid)
                .warningLevel(valid ? WarningLevel.GREEN : WarningLevel.RED)
                .build());
    }
}
