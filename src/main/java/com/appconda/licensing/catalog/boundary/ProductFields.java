package com.appconda.licensing.catalog.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A product as sent to create or change it. On change, a field left out (null) stays as it is;
 * {@code revision}, when sent, must match the stored one (optimistic locking). {@code version} is the
 * software's version, as in NetLicensing.
 */
public record ProductFields(
        @Size(max = 64) String number,
        @Size(max = 200) String name,
        @Size(max = 64) String version,
        @Size(max = 4000) String description,
        @Size(max = 4000) String licensingInfo,
        Boolean licenseeAutoCreate,
        String licenseeSecretMode,
        String vatMode,
        Boolean active,
        @Size(max = 20) List<@Valid DiscountFields> discounts,
        @Size(max = 100) Map<String, String> properties,
        Long revision) {
}
