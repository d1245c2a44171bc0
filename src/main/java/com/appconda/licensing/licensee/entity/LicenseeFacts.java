package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.catalog.entity.LicenseeSecretMode;

/**
 * What the Broker needs to know of a licensee to decide on it, read as values in one query: who it is, which
 * product it licenses and how that product checks the licensee secret. A read-only validation works on these
 * alone, without loading (and tracking) the licensee and its product as entities.
 */
public record LicenseeFacts(
        long id,
        long vendorId,
        String number,
        String secretHash,
        long productId,
        String productNumber,
        LicenseeSecretMode secretMode) {

    public static LicenseeFacts of(Licensee licensee) {
        return new LicenseeFacts(
                licensee.getId(),
                licensee.getVendorId(),
                licensee.getNumber(),
                licensee.getSecretHash(),
                licensee.getProduct().getId(),
                licensee.getProduct().getNumber(),
                licensee.getProduct().getLicenseeSecretMode());
    }

    /** Whether the licensee licenses the product with this number. */
    public boolean isOf(String productNumber) {
        return this.productNumber.equals(productNumber);
    }
}
