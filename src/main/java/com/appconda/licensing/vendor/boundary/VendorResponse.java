package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.Vendor;

/** The calling vendor's account as the API shows it. */
public record VendorResponse(
        String number,
        String name,
        String email,
        String defaultCurrency,
        String timeZone,
        String country,
        String shopName,
        String shopLogoUrl) {

    public static VendorResponse from(Vendor vendor) {
        return new VendorResponse(
                vendor.getNumber(),
                vendor.getName(),
                vendor.getEmail(),
                vendor.getDefaultCurrency(),
                vendor.getTimeZone(),
                vendor.getCountry(),
                vendor.getShopName(),
                vendor.getShopLogoUrl());
    }
}
