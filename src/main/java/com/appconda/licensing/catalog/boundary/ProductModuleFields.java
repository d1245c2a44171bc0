package com.appconda.licensing.catalog.boundary;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A product module as sent to create or change it. The product is fixed at creation. The model's
 * parameters go in {@code properties} under their NetLicensing names (e.g. {@code maxCheckoutValidity}).
 */
public record ProductModuleFields(
        @Size(max = 64) String number,
        @Size(max = 200) String name,
        @Size(max = 64) String productNumber,
        @Size(max = 64) String licensingModel,
        Boolean active,
        @Size(max = 100) Map<String, String> properties,
        Long revision) {
}
