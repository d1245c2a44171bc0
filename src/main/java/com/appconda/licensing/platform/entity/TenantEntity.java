package com.appconda.licensing.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * What every vendor-owned entity has: a database id that never leaves the server, the owning
 * vendor (the tenant every query is scoped by), a public business number unique per vendor and
 * entity type, an optimistic-lock version and the active flag (validation ignores inactive ones).
 */
@MappedSuperclass
public abstract class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, length = EntityNumber.MAX_LENGTH)
    private String number;

    @Column(nullable = false)
    private boolean active = true;

    protected TenantEntity() {}

    protected TenantEntity(long vendorId, String number) {
        this.vendorId = vendorId;
        this.number = EntityNumber.require(number);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getNumber() {
        return number;
    }

    /** Renumbering is refused once something depends on the number (a caller's stored reference would break). */
    public void renumber(String newNumber, boolean inUse) {
        String checked = EntityNumber.require(newNumber);
        if (checked.equals(number)) {
            return;
        }
        if (inUse) {
            throw new RuleViolationException(
                    "number of '" + number + "' is read-only: it is in use",
                    java.util.Map.of("number", "read-only while in use"));
        }
        this.number = checked;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /**
     * The same row: the same entity type and id. Read through {@link #entityType} and {@link #getId()}, not
     * {@code getClass()} and the field: Hibernate (WildFly) hands out lazy proxies, subclasses whose own fields
     * stay empty, and a row must equal its proxy.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TenantEntity that) || entityType(this) != entityType(that) || getId() == null) {
            return false;
        }
        return getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityType(this));
    }

    /** The mapped entity class of an entity or of a provider's proxy of it (a subclass that is no entity). */
    private static Class<?> entityType(Object entity) {
        Class<?> type = entity.getClass();
        while (!type.isAnnotationPresent(Entity.class) && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type;
    }
}
