package com.appconda.licensing.platform.entity;

/**
 * What a credential may do. Each role includes the ones before it, as NetLicensing's API key roles do:
 * a Broker-only key may validate and create shop tokens, a read-only key may also read everything, an
 * admin may do everything. Vendor users signed in with their password are always {@link #ADMIN}.
 */
public enum Role {
    BROKER,
    READ_ONLY,
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
