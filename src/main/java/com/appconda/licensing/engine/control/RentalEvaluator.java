package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rental: each device is rented for periods of time, and the answer comes per device.
 *
 * <p>Rule: every active FEATURE license is a device, its license number the device id. A device is valid while one
 * of its active TIMEVOLUME licenses (those naming the device in {@code parentfeature}, with a start date) covers
 * "now"; overlapping rentals merge, a rental without start date covers nothing. Its
 * {@code expirationWarningLevel} follows the time left: GREEN above {@code yellowThreshold} days, YELLOW down to
 * {@code redThreshold} days, RED below that or when expired, so that the customer renews before a device stops.
 * NetLicensing answers one list per device, named by the device id; so do we. The module is valid when at least
 * one device is valid, and its warning level is the worst of its devices'.
 */
public final class RentalEvaluator extends BuiltInModel {

    public static final String NAME = "Rental";
    public static final String YELLOW_THRESHOLD = "yellowThreshold";
    public static final String RED_THRESHOLD = "redThreshold";
    public static final String PARENT_FEATURE = "parentfeature";
    public static final String NO_CURRENT_RENTAL = "noCurrentRental";
    public static final String EXPIRATION_WARNING_LEVEL = "expirationWarningLevel";
    static final long DEFAULT_YELLOW_DAYS = 10;
    static final long DEFAULT_RED_DAYS = 3;
    /** A hundred years: thresholds are days of a rental left, and a duration beyond this means a typo. */
    static final long MAX_THRESHOLD_DAYS = 36_500;

    private record Thresholds(Duration yellow, Duration red) {}

    public RentalEvaluator() {
        super(NAME);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.FEATURE, LicenseType.TIMEVOLUME);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(
                ModelParameter.optional(
                        YELLOW_THRESHOLD,
                        ModelParameter.Type.COUNT,
                        "" + DEFAULT_YELLOW_DAYS,
                        "Days left at or below which a device turns YELLOW."),
                ModelParameter.optional(
                        RED_THRESHOLD,
                        ModelParameter.Type.COUNT,
                        "" + DEFAULT_RED_DAYS,
                        "Days left below which a device turns RED; at most yellowThreshold."));
    }

    @Override
    public Map<String, String> refusedModuleParameters(Map<String, String> parameters) {
        for (String threshold : List.of(YELLOW_THRESHOLD, RED_THRESHOLD)) {
            String value = parameters.get(threshold);
            String problem = value == null ? null : Numbers.outsideRange(value, 0, MAX_THRESHOLD_DAYS);
            if (problem != null) {
                return Map.of(threshold, problem);
            }
        }
        return thresholds(parameters).isPresent() ? Map.of() : Map.of(RED_THRESHOLD, "must be at most yellowThreshold");
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        Optional<Thresholds> thresholds = thresholds(module.parameters());
        if (thresholds.isEmpty()) {
            return Verdicts.invalidParameter(
                    module,
                    YELLOW_THRESHOLD + "/" + RED_THRESHOLD,
                    module.parameter(YELLOW_THRESHOLD) + "/" + module.parameter(RED_THRESHOLD));
        }
        List<LicenseSnapshot> devices = module.activeLicenses(LicenseType.FEATURE);
        if (devices.isEmpty()) {
            return Verdicts.rejected(module, Verdicts.NO_ACTIVE_LICENSE, "No device is licensed.");
        }
        ModuleVerdict.Builder verdict = ModuleVerdict.builder(module);
        WarningLevel worst = WarningLevel.GREEN;
        boolean anyValid = false;
        for (LicenseSnapshot device : devices) {
            Map<String, Object> item = deviceItem(module, device, thresholds.get(), now, verdict);
            worst = worst.worst((WarningLevel) item.get(EXPIRATION_WARNING_LEVEL));
            anyValid |= (Boolean) item.get("valid");
        }
        if (!anyValid) {
            verdict.reason(NO_CURRENT_RENTAL, "No device has a rental covering " + now + ".");
        }
        return Evaluation.of(verdict.valid(anyValid).warningLevel(worst).build());
    }

    private static Optional<Thresholds> thresholds(Map<String, String> parameters) {
        Long yellow = Numbers.parseAtMost(parameters.get(YELLOW_THRESHOLD), DEFAULT_YELLOW_DAYS, MAX_THRESHOLD_DAYS);
        Long red = Numbers.parseAtMost(parameters.get(RED_THRESHOLD), DEFAULT_RED_DAYS, MAX_THRESHOLD_DAYS);
        if (yellow == null || red == null || red > yellow) {
            return Optional.empty();
        }
        return Optional.of(new Thresholds(Duration.ofDays(yellow), Duration.ofDays(red)));
    }

    /** Adds the device's list to the answer and returns it. */
    private static Map<String, Object> deviceItem(
            ModuleSnapshot module,
            LicenseSnapshot device,
            Thresholds thresholds,
            Instant now,
            ModuleVerdict.Builder verdict) {
        Optional<Timeline.Period> period =
                Timeline.overlapping(rentalsOf(module, device)).relevant(now);
        boolean valid = period.map(p -> p.contains(now)).orElse(false);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("valid", valid);
        period.ifPresent(p -> item.put("expires", p.end()));
        item.put(EXPIRATION_WARNING_LEVEL, valid ? level(period.get().end(), now, thresholds) : WarningLevel.RED);
        verdict.item(device.licenseNumber(), item)
                .validUntil(valid ? period.get().end() : null);
        return item;
    }

    private static List<LicenseSnapshot> rentalsOf(ModuleSnapshot module, LicenseSnapshot device) {
        return module.activeLicenses(LicenseType.TIMEVOLUME).stream()
                .filter(l -> device.licenseNumber().equals(l.property(PARENT_FEATURE)))
                .toList();
    }

    private static WarningLevel level(Instant expires, Instant now, Thresholds thresholds) {
        Duration left = Duration.between(now, expires);
        if (left.compareTo(thresholds.yellow()) > 0) {
            return WarningLevel.GREEN;
        }
        return left.compareTo(thresholds.red()) >= 0 ? WarningLevel.YELLOW : WarningLevel.RED;
    }
}
