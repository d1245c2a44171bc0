package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.catalog.entity.Product;
import java.util.List;
import java.util.Map;

/** A product as the API shows it. {@code inUse}: modules or licensees depend on it. */
public record ProductResponse(
        String number,
        String name,
        String version,
        String description,
        String licensingInfo,
        boolean licenseeAutoCreate,
        String licenseeSecretMode,
        String vatMode,
        boolean active,
        boolean inUse,
        List<DiscountRequest> discounts,
        Map<String, String> properties,
        long revision) {

    public static ProductResponse from(Product product, boolean inUse) {
        return new ProductResponse(
                product.getNumber(),
                product.getName(),
                product.getProductVersion(),
                product.getDescription(),
                product.getLicensingInfo(),
                product.isLicenseeAutoCreate(),
                product.getLicenseeSecretMode().name(),
                product.getVatMode().name(),
                product.isActive(),
                inUse,
                product.getDiscounts().stream().map(DiscountRequest::from).toList(),
                product.getProperties(),
                product.getVersion());
    }
}
