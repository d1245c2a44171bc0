package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import java.time.Instant;

/**
 * A licensee-feature entity that says when it was created, for the reports' new licensees and licenses per day.
 * Written once, before the first insert, on every path that makes one (API, console, the Broker's automatic
 * licensees); rows made before migration V11 have none.
 */
@MappedSuperclass
public abstract class CreationDatedEntity extends TenantEntity {

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected CreationDatedEntity() {}

    protected CreationDatedEntity(long vendorId, String number) {
        super(vendorId, number);
    }

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
