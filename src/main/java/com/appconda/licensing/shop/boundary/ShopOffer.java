package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import java.math.BigDecimal;

/**
 * A template as the shop offers it: what it is (its module, type and per-type values, which the page puts in
 * words), its price, and whether the licensee already holds an active license of it.
 */
public record ShopOffer(
        String templateNumber,
        String name,
        String moduleName,
        String licenseType,
        Integer timeVolume,
        String timeVolumePeriod,
        Integer maxSessions,
        Long quantity,
        BigDecimal price,
        boolean owned) {

    static ShopOffer of(LicenseTemplate template, boolean owned) {
        return new ShopOffer(
                template.getNumber(),
                template.getName(),
                template.getProductModule().getName(),
                template.getLicenseType().name(),
                template.getTimeVolume(),
                template.getTimeVolumePeriod() == null
                        ? null
                        : template.getTimeVolumePeriod().name(),
                template.getMaxSessions(),
                template.getQuantity(),
                template.getPrice(),
                owned);
    }
}
