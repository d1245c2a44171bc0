package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Length;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new vendor account and its first user. */
public record SignUpRequest(
        @NotNull @Length(min = 1, max = 200) String vendorName,

        @NotNull
        @Email
        @Pattern(regexp = VendorProfileRequest.DOMAIN_WITH_DOT, message = VendorProfileRequest.ADDRESS_EXAMPLE)
        @Length(min = 3, max = 254)
        String email,

        @NotNull
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
                message = "3 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit")
        String username,

        @NotNull @Length(min = 10, max = 200) String password) {}
