package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.util.List;
import java.util.Map;

/**
 * A licensee as sent to create or change it. The product is fixed at creation. {@code licenseeSecret}
 * is write-only: for products with secret mode PREDEFINED, validation must present it; it is stored
 * only as a hash and never shown. {@code aliases}, when sent, replace the licensee's aliases (an empty list removes
 * them): other identities that validate as the licensee, unique per vendor regardless of case.
 */
public record LicenseeRequest(
        @Length(max = 64) String number,
        @Length(max = 200) String name,
        @Length(max = 64) String productNumber,
        Boolean markedForTransfer,
        @Length(min = 1, max = 200) String licenseeSecret,
        Boolean active,
        Map<String, String> properties,
        List<String> aliases,
        Long revision) {}
