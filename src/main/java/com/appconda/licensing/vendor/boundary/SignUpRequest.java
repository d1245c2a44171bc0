package com.appconda.licensing.vendor.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new vendor account and its first user. */
public record SignUpRequest(
        @NotBlank @Size(max = 200) String vendorName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,63}",
                message = "3 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit") String username,
        @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password) {
}
