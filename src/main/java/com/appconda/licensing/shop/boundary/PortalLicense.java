package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.catalog.entity.LicenseTerms;
import com.appconda.licensing.licensee.entity.License;
import java.time.Instant;

/**
 * A license as the customer portal shows it: what it grants (the template, its module, its type's values), whether
 * it is active, when a time volume started and ends, and whether the shop sells its template again (a renewal, or
 * more of it).
 */
public record PortalLicense(
        String number,
        String templateNumber,
        String name,
        String moduleName,
        String licenseType,
        boolean active,
        Instant startDate,
        Instant expiresAt,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        boolean forSale) {

    static PortalLicense of(License license, boolean forSale) {
        LicenseTerms terms = license.terms();
        return new PortalLicense(
                license.getNumber(),
                license.getLicenseTemplate().getNumber(),
                license.getName() == null ? license.getLicenseTemplate().getName() : license.getName(),
                license.getLicenseTemplate().getProductModule().getName(),
                license.getLicenseTemplate().getLicenseType().name(),
                license.isActive(),
                license.getStartDate(),
                license.getExpiresAt(),
                terms.timeVolume(),
                terms.timeVolumePeriod() == null
                        ? null
                        : terms.timeVolumePeriod().name(),
                terms.maxSessions(),
                terms.quantity(),
                forSale);
    }
}
