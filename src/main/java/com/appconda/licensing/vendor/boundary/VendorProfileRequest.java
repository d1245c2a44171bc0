package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Length;
import jakarta.validation.constraints.Email;

/**
 * The vendor's profile as sent to change it; a field left out (null) stays as it is. {@code timeZone} is an IANA
 * zone id (Europe/Berlin) that the console shows times in; storage stays UTC.
 */
public record VendorProfileRequest(
        @Length(min = 1, max = 200) String name,
        @Email @Length(min = 3, max = 254) String email,
        @Length(max = 3) String defaultCurrency,
        @Length(max = 64) String timeZone) {}
