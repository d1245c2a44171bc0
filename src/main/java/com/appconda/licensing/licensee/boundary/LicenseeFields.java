package com.appconda.licensing.licensee.boundary;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** A licensee as sent to create or change it. The product is fixed at creation. */
public record LicenseeFields(
        @Size(max = 64) String number,
        @Size(max = 200) String name,
        @Size(max = 64) String productNumber,
        Boolean markedForTransfer,
        Boolean active,
        @Size(max = 100) Map<String, String> properties,
        Long revision) {
}
