package com.appconda.licensing.engine.spi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A license template of the module, as it is now. Evaluators read templates only to enumerate what can exist
 * (features, plans) and to issue new evaluation licenses; the values that decide an issued license's answer are
 * the ones copied onto the {@link LicenseSnapshot} at issue time.
 *
 * @param properties custom properties, e.g. {@code skus} (JSON) for a PricingTable plan
 */
public record TemplateSnapshot(
        String templateNumber,
        String name,
        LicenseType licenseType,
        boolean active,
        boolean automatic,
        boolean hidden,
        BigDecimal price,
        int timeVolume,
        TimeVolumePeriod timeVolumePeriod,
        long quantity,
        int maxSessions,
        Map<String, String> properties) {

    public TemplateSnapshot {
        Objects.requireNonNull(templateNumber, "templateNumber");
        Objects.requireNonNull(licenseType, "licenseType");
        name = name == null ? templateNumber : name;
        price = price == null ? BigDecimal.ZERO : price;
        timeVolumePeriod = timeVolumePeriod == null ? TimeVolumePeriod.DAY : timeVolumePeriod;
        properties = Map.copyOf(properties);
    }

    /** An active, visible, free, non-automatic template of the given type with no per-type values. */
    public static TemplateSnapshot of(String templateNumber, LicenseType licenseType) {
        return new TemplateSnapshot(
                templateNumber,
                templateNumber,
                licenseType,
                true,
                false,
                false,
                BigDecimal.ZERO,
                0,
                TimeVolumePeriod.DAY,
                0,
                0,
                Map.of());
    }

    public TemplateSnapshot withName(String newName) {
        return new TemplateSnapshot(
                templateNumber,
                newName,
                licenseType,
                active,
                automatic,
                hidden,
                price,
                timeVolume,
                timeVolumePeriod,
                quantity,
                maxSessions,
                properties);
    }

    public TemplateSnapshot withAutomatic(boolean newAutomatic) {
        return new TemplateSnapshot(
                templateNumber,
                name,
                licenseType,
                active,
                newAutomatic,
                hidden,
                price,
                timeVolume,
                timeVolumePeriod,
                quantity,
                maxSessions,
                properties);
    }

    public TemplateSnapshot withTimeVolume(int newTimeVolume, TimeVolumePeriod newPeriod) {
        return new TemplateSnapshot(
                templateNumber,
                name,
                licenseType,
                active,
                automatic,
                hidden,
                price,
                newTimeVolume,
                newPeriod,
                quantity,
                maxSessions,
                properties);
    }

    public TemplateSnapshot withProperty(String key, String value) {
        Map<String, String> copy = new HashMap<>(properties);
        copy.put(key, value);
        return new TemplateSnapshot(
                templateNumber,
                name,
                licenseType,
                active,
                automatic,
                hidden,
                price,
                timeVolume,
                timeVolumePeriod,
                quantity,
                maxSessions,
                copy);
    }
}
