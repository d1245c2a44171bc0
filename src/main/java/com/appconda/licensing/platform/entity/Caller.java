package com.appconda.licensing.platform.entity;

import java.util.Objects;

/**
 * Who is calling: the tenant (vendor id) every query is scoped by, the name written to the audit
 * log, the credential's role, and for an API key limited to one licensee, that licensee's number.
 */
public record Caller(long vendorId, String vendorNumber, String actor, Role role, String licenseeLimit) {

    public Caller {
        Objects.requireNonNull(vendorNumber);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
    }

    public Caller(long vendorId, String vendorNumber, String actor, Role role) {
        this(vendorId, vendorNumber, actor, role, null);
    }

    /** Whether this credential is an API key limited to one licensee. */
    public boolean isLimitedToALicensee() {
        return licenseeLimit != null;
    }

    /** Whether this credential may act for the licensee: every one, unless it is limited to one. */
    public boolean mayActFor(String licenseeNumber) {
        return licenseeLimit == null || licenseeLimit.equals(licenseeNumber);
    }

    /** Refuses (403) a credential limited to another licensee. */
    public void requireMayActFor(String licenseeNumber) {
        if (!mayActFor(licenseeNumber)) {
            throw new AccessDeniedException("this API key is limited to another licensee");
        }
    }
}
