package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Quota: a limit the vendor's software enforces itself (users, documents, gigabytes).
 *
 * <p>Rule: the quota is the sum of {@code quantity} over the licensee's active QUANTITY licenses, and any license
 * with {@code -1} makes it unlimited ({@code -1}), whatever the others say. The module is valid when the quota is
 * not 0. Nothing is consumed: the quota changes only when licenses are bought, activated or deactivated. GREEN
 * when there is a quota, RED when it is 0.
 */
public final class QuotaEvaluator extends BuiltInModel {

    public static final String NAME = "Quota";
    public static final long UNLIMITED = -1;

    public QuotaEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.QUANTITY);
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        long quota = quota(module.activeLicenses(LicenseType.QUANTITY));
        ModuleVerdict.Builder verdict = ModuleVerdict.builder(module)
                .valid(quota != 0)
                .warningLevel(quota != 0 ? WarningLevel.GREEN : WarningLevel.RED)
                .field("quota", quota);
        if (quota == 0) {
            verdict.reason(Verdicts.NO_ACTIVE_LICENSE, "The quota is 0.");
        }
        return Evaluation.of(verdict.build());
    }

    /** The sum of the quantities, or {@link #UNLIMITED} when any of them is. */
    static long quota(List<LicenseSnapshot> licenses) {
        if (licenses.stream().anyMatch(l -> l.quantity() == UNLIMITED)) {
            return UNLIMITED;
        }
        return licenses.stream().mapToLong(LicenseSnapshot::quantity).sum();
    }
}
