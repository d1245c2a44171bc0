package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * PayPerUse: credits bought in advance (or billed afterwards) and written off per use.
 *
 * <p>Rule: remaining = Σ quantity − Σ usedQuantity over active QUANTITY licenses. The request's
 * {@code usedQuantity} is written off, {@code reserveQuantity} is only checked; an absent parameter means 0.
 * Pre-pay (the default): valid when {@code usedQuantity + reserveQuantity <= remaining}, and only then written
 * off, so that credits never go negative; a request for nothing is valid only while credits remain. Post-pay
 * (module parameter {@code paymentMode=POSTPAY}): always valid and always written off, remaining may go negative,
 * reported as {@code usedQuantityExceedsRemaining} (NetLicensing's warning id) for the vendor to bill.
 *
 * <p>NetLicensing picks the mode from the validate call's arguments; we make it a module setting so that a client
 * cannot choose to overdraw. Write-offs fill licenses in the order given; post-pay overdraft goes on the last one.
 * Warning: GREEN below 80 % used, YELLOW from 80 %, RED when nothing remains.
 */
public final class PayPerUseEvaluator extends BuiltInModel {

    public static final String NAME = "PayPerUse";
    public static final String PAYMENT_MODE = "paymentMode";
    public static final String PREPAY = "PREPAY";
    public static final String POSTPAY = "POSTPAY";
    public static final String USED_QUANTITY_EXCEEDS_REMAINING = "usedQuantityExceedsRemaining";
    public static final String QUANTITY_EXHAUSTED = "quantityExhausted";

    public PayPerUseEvaluator() {
        super(NAME);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.optional(
                PAYMENT_MODE,
                ModelParameter.Type.STRING,
                PREPAY,
                "PREPAY: refuse use beyond the credits; POSTPAY: always write off, the balance may go negative."));
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        String mode = module.parameter(PAYMENT_MODE) == null
                ? PREPAY
                : module.parameter(PAYMENT_MODE).trim();
        if (!PREPAY.equalsIgnoreCase(mode) && !POSTPAY.equalsIgnoreCase(mode)) {
            return Verdicts.invalidParameter(module, PAYMENT_MODE, mode);
        }
        for (String name : List.of(ModuleRequest.USED_QUANTITY, ModuleRequest.RESERVE_QUANTITY)) {
            if (Numbers.parseNonNegative(request.get(name), 0) == null) {
                return Verdicts.invalidParameter(module, name, request.get(name));
            }
        }
        List<LicenseSnapshot> licenses = module.activeLicenses(LicenseType.QUANTITY);
        if (licenses.isEmpty()) {
            return Verdicts.rejected(module, Verdicts.NO_ACTIVE_LICENSE, "No active credit license.");
        }
        long used = Numbers.parseNonNegative(request.get(ModuleRequest.USED_QUANTITY), 0);
        long reserve = Numbers.parseNonNegative(request.get(ModuleRequest.RESERVE_QUANTITY), 0);
        return POSTPAY.equalsIgnoreCase(mode)
                ? postPay(module, licenses, used)
                : prePay(module, licenses, used, reserve);
    }

    private static Evaluation prePay(ModuleSnapshot module, List<LicenseSnapshot> licenses, long used, long reserve) {
        long total = total(licenses);
        long remaining = total - used(licenses);
        long wanted = used + reserve;
        if (wanted > remaining || remaining <= 0) {
            String code = remaining <= 0 ? QUANTITY_EXHAUSTED : USED_QUANTITY_EXCEEDS_REMAINING;
            return Evaluation.of(verdict(module, total, remaining)
                    .valid(false)
                    .reason(code, "Requested " + wanted + ", remaining " + remaining + ".")
                    .build());
        }
        return new Evaluation(
                verdict(module, total, remaining - used).valid(true).build(), writeOffs(licenses, used));
    }

    private static Evaluation postPay(ModuleSnapshot module, List<LicenseSnapshot> licenses, long used) {
        long total = total(licenses);
        long remaining = total - used(licenses) - used;
        ModuleVerdict.Builder verdict = verdict(module, total, remaining).valid(true);
        if (remaining < 0) {
            verdict.reason(USED_QUANTITY_EXCEEDS_REMAINING, "Overdrawn by " + -remaining + " (post-pay).");
        }
        return new Evaluation(verdict.build(), writeOffs(licenses, used));
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
            long share = last ? left : Math.min(left, Math.max(0, license.quantity() - license.usedQuantity()));
            if (share > 0) {
                effects.add(new Effect.WriteOffQuantity(license.licenseNumber(), share));
                left -= share;
            }
        }
        return effects;
    }

    private static long total(List<LicenseSnapshot> licenses) {
        return licenses.stream().mapToLong(LicenseSnapshot::quantity).sum();
    }

    private static long used(List<LicenseSnapshot> licenses) {
        return licenses.stream().mapToLong(LicenseSnapshot::usedQuantity).sum();
    }
}
