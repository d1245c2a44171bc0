package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A license as sent to issue or change it. Licensee and template are fixed at issue; the template's
 * module must belong to the licensee's product. Price and per-type values default to the template's
 * at issue time and may be set explicitly for a special grant.
 */
public record LicenseRequest(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String licenseeNumber,
        @Length(max = 64) String licenseTemplateNumber,
        Boolean active,
        Boolean hidden,
        Instant startDate,
        BigDecimal price,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        Map<String, String> properties,
        Long revision) {}
