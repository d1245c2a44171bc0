package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PayPerUse: credits bought in advance or billed afterwards, written off per use, as NetLicensing decides it.
 *
 * <p>Rule: remaining = Σ quantity − Σ usedQuantity over active QUANTITY licenses; a license of quantity {@code -1}
 * makes the credits unlimited (remaining {@code -1}, as for Quota). The request's parameter chooses the mode:
 * {@code reserveQuantity} (pre-pay) is written off only if it fits ({@code <= remaining}) and then answers valid;
 * otherwise nothing changes and the answer is invalid ({@code quantityExceedsRemaining}); reserving nothing is
 * valid only while credits remain ({@code quantityExhausted} when none do). {@code usedQuantity}
 * (post-pay) is always written off and may drive remaining negative, with the info
 * {@code usedQuantityExceedsRemaining} for the vendor to bill; valid is then {@code remaining > 0} after the
 * write-off. Both at once is a bad request (400); neither means {@code usedQuantity=0}. Sums are exact: a
 * write-off that would overflow is answered invalid ({@code quantityOutOfRange}) and writes nothing.
 *
 * <p>Write-offs fill licenses in the order given; a post-pay overdraft goes on the last one. Warning: GREEN below
 * 80 % used, YELLOW from 80 %, RED when nothing remains.
 */
public final class PayPerUseEvaluator extends BuiltInModel {

    public static final String NAME = "PayPerUse";
    public static final String USED_QUANTITY_EXCEEDS_REMAINING = "usedQuantityExceedsRemaining";
    public static final String QUANTITY_EXCEEDS_REMAINING = "quantityExceedsRemaining";
    public static final String QUANTITY_EXHAUSTED = "quantityExhausted";
    public static final String QUANTITY_OUT_OF_RANGE = "quantityOutOfRange";

    public PayPerUseEvaluator() {
        super(
                NAME,
                List.of(
                        ModelParameter.optional(
                                ModuleRequest.USED_QUANTITY,
                                ModelParameter.Type.COUNT,
                                "0",
                                "Post-pay: units used, always written off; the balance may go negative."),
                        ModelParameter.optional(
                                ModuleRequest.RESERVE_QUANTITY,
                                ModelParameter.Type.COUNT,
                                null,
                                "Pre-pay: units to reserve, written off only if they fit in the balance.")));
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.QUANTITY);
    }

    @Override
    public Map<String, String> refusedRequest(ModuleRequest request) {
        return request.get(ModuleRequest.USED_QUANTITY) != null && request.get(ModuleRequest.RESERVE_QUANTITY) != null
                ? Map.of(
                        ModuleRequest.RESERVE_QUANTITY,
                        "send usedQuantity (post-pay) or reserveQuantity (pre-pay)," + " not both")
                : Map.of();
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        Long used = Numbers.parseAtMost(request.get(ModuleRequest.USED_QUANTITY), 0, ModelParameter.MAX_COUNT);
        Long reserve = Numbers.parseAtMost(request.get(ModuleRequest.RESERVE_QUANTITY), 0, ModelParameter.MAX_COUNT);
        if (used == null || reserve == null) {
            String name = used == null ? ModuleRequest.USED_QUANTITY : ModuleRequest.RESERVE_QUANTITY;
            return Verdicts.invalidParameter(module, name, request.get(name));
        }
        List<LicenseSnapshot> licenses = module.activeLicenses(LicenseType.QUANTITY);
        if (licenses.isEmpty()) {
            return Verdicts.rejected(module, Verdicts.NO_ACTIVE_LICENSE, "No active credit license.");
        }
        if (licenses.stream().anyMatch(l -> l.quantity() == QuotaEvaluator.UNLIMITED)) {
            long amount = request.get(ModuleRequest.RESERVE_QUANTITY) != null ? reserve : used;
            return new Evaluation(unlimited(module), writeOffs(licenses, amount));
        }
        try {
            Credits credits = Credits.of(licenses);
            return request.get(ModuleRequest.RESERVE_QUANTITY) != null
                    ? prePay(module, licenses, credits, reserve)
                    : postPay(module, licenses, credits, used);
        } catch (ArithmeticException overflow) {
            return Verdicts.rejected(module, QUANTITY_OUT_OF_RANGE, "The write-off would overflow the credits.");
        }
    }

    /** Pre-pay: the reservation is written off only if it fits. */
    private static Evaluation prePay(
            ModuleSnapshot module, List<LicenseSnapshot> licenses, Credits credits, long reserve) {
        if (credits.remaining() <= 0) {
            return Evaluation.of(verdict(module, credits.total(), credits.remaining())
                    .valid(false)
                    .reason(QUANTITY_EXHAUSTED, "No credits remain.")
                    .build());
        }
        if (reserve > credits.remaining()) {
            return Evaluation.of(verdict(module, credits.total(), credits.remaining())
                    .valid(false)
                    .reason(
                            QUANTITY_EXCEEDS_REMAINING,
                            "Reserved " + reserve + ", remaining " + credits.remaining() + ".")
                    .build());
        }
        long after = credits.remaining() - reserve;
        return new Evaluation(
                verdict(module, credits.total(), after).valid(true).build(), writeOffs(licenses, reserve));
    }

    /** Post-pay: what was used is written off; valid while something remains after it. */
    private static Evaluation postPay(
            ModuleSnapshot module, List<LicenseSnapshot> licenses, Credits credits, long used) {
        long after = Math.subtractExact(credits.remaining(), used);
        credits.checkUsedAfter(used);
        ModuleVerdict.Builder verdict = verdict(module, credits.total(), after).valid(after > 0);
        if (after < 0) {
            verdict.reason(USED_QUANTITY_EXCEEDS_REMAINING, "Overdrawn by " + -after + " (post-pay).");
        } else if (after == 0) {
            verdict.reason(QUANTITY_EXHAUSTED, "No credits remain.");
        }
        return new Evaluation(verdict.build(), writeOffs(licenses, used));
    }

    private static ModuleVerdict unlimited(ModuleSnapshot module) {
        return ModuleVerdict.builder(module)
                .valid(true)
                .warningLevel(WarningLevel.GREEN)
                .field("remainingQuantity", QuotaEvaluator.UNLIMITED)
                .build();
    }

    private static ModuleVerdict.Builder verdict(ModuleSnapshot module, long total, long remaining) {
        return ModuleVerdict.builder(module)
                .warningLevel(WarningLevels.credits(total - remaining, total))
                .field("remainingQuantity", remaining);
    }

    /** Fills each license's unused credits in order; whatever is left over goes on the last license. */
    private static List<Effect> writeOffs(List<LicenseSnapshot> licenses, long amount) {
        List<Effect> effects = new ArrayList<>();
        long left = amount;
        for (int i = 0; i < licenses.size() && left > 0; i++) {
            LicenseSnapshot license = licenses.get(i);
            boolean last = i == licenses.size() - 1;
            long unused = license.quantity() == QuotaEvaluator.UNLIMITED
                    ? left
                    : Math.max(0, license.quantity() - license.usedQuantity());
            long share = last ? left : Math.min(left, unused);
            if (share > 0) {
                effects.add(new Effect.WriteOffQuantity(license.licenseNumber(), share));
                left -= share;
            }
        }
        return effects;
    }

    /** The credits of the active licenses, summed exactly. */
    private record Credits(long total, long used, long lastLicenseUsed) {

        static Credits of(List<LicenseSnapshot> licenses) {
            long total = 0;
            long used = 0;
            for (LicenseSnapshot license : licenses) {
                total = Math.addExact(total, license.quantity());
                used = Math.addExact(used, license.usedQuantity());
            }
            return new Credits(total, used, licenses.get(licenses.size() - 1).usedQuantity());
        }

        long remaining() {
            return Math.subtractExact(total, used);
        }

        /** The last license takes a post-pay overdraft: its used counter must not overflow. */
        void checkUsedAfter(long more) {
            Math.addExact(used, more);
            Math.addExact(lastLicenseUsed, more);
        }
    }
}
