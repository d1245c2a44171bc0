package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.platform.entity.Amounts;
import java.math.BigDecimal;
import java.util.Map;

/** A license template as the API shows it. {@code inUse}: licenses were issued from it. */
public record LicenseTemplateResponse(
        String number,
        String name,
        String productModuleNumber,
        String licenseType,
        BigDecimal price,
        String currency,
        boolean automatic,
        boolean hidden,
        boolean hideLicenses,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        boolean active,
        boolean inUse,
        Map<String, String> properties,
        long revision) {

    public static LicenseTemplateResponse from(LicenseTemplate template, boolean inUse) {
        return new LicenseTemplateResponse(
                template.getNumber(),
                template.getName(),
                template.getProductModule().getNumber(),
                template.getLicenseType().name(),
                Amounts.plain(template.getPrice()),
                template.getCurrency(),
                template.isAutomatic(),
                template.isHidden(),
                template.isHideLicenses(),
                template.getTimeVolume(),
                template.getTimeVolumePeriod() == null
                        ? null
                        : template.getTimeVolumePeriod().name(),
                template.getMaxSessions(),
                template.getQuantity(),
                template.isActive(),
                inUse,
                template.getProperties(),
                template.getVersion());
    }
}
