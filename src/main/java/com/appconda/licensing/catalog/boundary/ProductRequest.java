package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.util.List;
import java.util.Map;

/**
 * A product as sent to create or change it. On change, a field left out (null) stays as it is;
 * {@code revision}, when sent, must match the stored one (optimistic locking). {@code version} is the
 * software's version, as in NetLicensing.
 */
public record ProductRequest(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String version,
        @Length(max = 4000) String description,
        @Length(max = 4000) String licensingInfo,
        Boolean licenseeAutoCreate,
        String licenseeSecretMode,
        String vatMode,
        Boolean active,
        List<DiscountRequest> discounts,
        Map<String, String> properties,
        Long revision) {}
