package com.appconda.licensing.catalog.boundary;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A license template as sent to create or change it. The module is fixed at creation. Which of
 * timeVolume/timeVolumePeriod, maxSessions and quantity are required depends on {@code licenseType}.
 */
public record LicenseTemplateFields(
        @Size(max = 64) String number,
        @Size(max = 200) String name,
        @Size(max = 64) String productModuleNumber,
        String licenseType,
        BigDecimal price,
        @Size(max = 3) String currency,
        Boolean automatic,
        Boolean hidden,
        Boolean hideLicenses,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        Boolean active,
        @Size(max = 100) Map<String, String> properties,
        Long revision) {
}
