package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.util.Map;

/**
 * A product module as sent to create or change it. The product is fixed at creation. The model's
 * parameters go in {@code properties} under their NetLicensing names (e.g. {@code maxCheckoutValidity}).
 */
public record ProductModuleRequest(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String productNumber,
        @Length(max = 64) String licensingModel,
        Boolean active,
        Map<String, String> properties,
        Long revision) {}
