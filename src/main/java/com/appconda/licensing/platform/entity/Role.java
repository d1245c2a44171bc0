package com.appconda.licensing.platform.entity;

/**
 * What a credential may do. Each role includes the ones before it, as NetLicensing's API key roles do:
 * a Broker-only key may validate and issue offline files, a read-only key may also read everything, an
 * admin may do everything. Vendor users signed in with their password are always {@link #ADMIN}.
 */
public enum Role {
    BROKER,
    READ_ONLY,
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /**
     * Whether the credential may change licensing state. A read-only key reads everything a Broker key may use
     * but never changes anything: it validates only as a dry run (nothing consumed, checked out or started).
     */
    public boolean mayChangeState() {
        return this != READ_ONLY;
    }
}
