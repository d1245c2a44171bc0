package com.appconda.licensing.platform.entity;

import java.util.Objects;

/**
 * Who is calling: the tenant (vendor id) every query is scoped by, the name written to the audit
 * log, and the credential's role.
 */
public record Caller(long vendorId, String vendorNumber, String actor, Role role) {

    public Caller {
        Objects.requireNonNull(vendorNumber);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
    }
}
