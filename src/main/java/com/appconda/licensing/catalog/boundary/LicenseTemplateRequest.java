package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A license template as sent to create or change it. The module is fixed at creation. Which of
 * timeVolume/timeVolumePeriod, maxSessions and quantity are required depends on {@code licenseType}.
 */
public record LicenseTemplateRequest(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String productModuleNumber,
        String licenseType,
        BigDecimal price,
        @Length(max = 3) String currency,
        Boolean automatic,
        Boolean hidden,
        Boolean hideLicenses,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        Boolean active,
        Map<String, String> properties,
        Long revision) {}
