package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.catalog.entity.ProductModule;
import java.util.Map;

/** A product module as the API shows it. {@code inUse}: license templates depend on it. */
public record ProductModuleResponse(
        String number,
        String name,
        String productNumber,
        String licensingModel,
        boolean active,
        boolean inUse,
        Map<String, String> properties,
        long revision) {

    public static ProductModuleResponse from(ProductModule module, boolean inUse) {
        return new ProductModuleResponse(
                module.getNumber(),
                module.getName(),
                module.getProduct().getNumber(),
                module.getLicensingModel(),
                module.isActive(),
                inUse,
                module.getProperties(),
                module.getVersion());
    }
}
