package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.catalog.entity.LicenseTerms;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.platform.entity.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A license as the API shows it, with the terms it copied from its template at issue. */
public record LicenseResponse(
        String number,
        String name,
        String licenseeNumber,
        String licenseTemplateNumber,
        String productModuleNumber,
        String licenseType,
        boolean active,
        boolean hidden,
        Instant startDate,
        BigDecimal price,
        String currency,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        Map<String, String> properties,
        long revision) {

    public static LicenseResponse from(License license) {
        LicenseTerms terms = license.terms();
        return new LicenseResponse(
                license.getNumber(),
                license.getName(),
                license.getLicensee().getNumber(),
                license.getLicenseTemplate().getNumber(),
                license.getLicenseTemplate().getProductModule().getNumber(),
                license.getLicenseTemplate().getLicenseType().name(),
                license.isActive(),
                license.isHidden(),
                license.getStartDate(),
                Amounts.plain(terms.price()),
                terms.currency(),
                terms.timeVolume(),
                terms.timeVolumePeriod() == null
                        ? null
                        : terms.timeVolumePeriod().name(),
                terms.maxSessions(),
                terms.quantity(),
                license.getProperties(),
                license.getVersion());
    }
}
