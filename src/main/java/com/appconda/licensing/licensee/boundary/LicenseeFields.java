package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.util.Map;

/** A licensee as sent to create or change it. The product is fixed at creation. */
public record LicenseeFields(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String productNumber,
        Boolean markedForTransfer,
        Boolean active,
        Map<String, String> properties,
        Long revision) {
}
