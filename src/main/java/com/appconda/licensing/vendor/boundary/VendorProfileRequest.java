package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Length;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/**
 * The vendor's profile as sent to change it; a field left out (null) stays as it is, an empty text clears an
 * optional one. {@code timeZone} is an IANA zone id (Europe/Berlin) that the console shows times in; storage stays
 * UTC. {@code country} (ISO 3166, DE) is where the vendor sells from, for the shop's VAT; {@code shopName} and
 * {@code shopLogoUrl} (https) are what the shop shows on top.
 */
public record VendorProfileRequest(
        @Length(min = 1, max = 200) String name,

        @Email
        @Pattern(regexp = VendorProfileRequest.DOMAIN_WITH_DOT, message = VendorProfileRequest.ADDRESS_EXAMPLE)
        @Length(min = 3, max = 254)
        String email,

        @Length(max = 3) String defaultCurrency,
        @Length(max = 64) String timeZone,
        @Length(max = 2) String country,
        @Length(max = 200) String shopName,
        @Length(max = 500) String shopLogoUrl) {

    /**
     * Bean Validation's {@code @Email} accepts {@code a@b}, which no company mail server answers: a vendor's address
     * needs a domain with a dot.
     */
    static final String DOMAIN_WITH_DOT = "[^@]+@[^@.\\s]+(\\.[^@.\\s]+)+";

    static final String ADDRESS_EXAMPLE = "an e-mail address such as name@company.com";
}
