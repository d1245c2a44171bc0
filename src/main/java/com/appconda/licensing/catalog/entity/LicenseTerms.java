package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.math.BigDecimal;

/**
 * The values a license takes over from its template at issue time: price, and the per-type values
 * its licensing model reads. A record, so a license's copy can never be changed through the template.
 */
public record LicenseTerms(
        BigDecimal price,
        String currency,
        Integer timeVolume,
        TimeVolumePeriod timeVolumePeriod,
        Integer maxSessions,
        Long quantity) {}
