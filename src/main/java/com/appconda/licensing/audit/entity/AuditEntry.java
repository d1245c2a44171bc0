package com.appconda.licensing.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change, for the vendor's audit trail: who (user or API key), what (action on an entity type
 * and number), when, and a short description. Written in the same transaction as the change itself,
 * so the trail never claims a change that was rolled back, nor misses one that committed. Immutable.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(nullable = false, updatable = false, length = 32)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_number", nullable = false, updatable = false, length = 64)
    private String entityNumber;

    @Column(updatable = false, length = 1000)
    private String details;

    protected AuditEntry() {}

    public AuditEntry(
            long vendorId,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityNumber,
            String details) {
        this.vendorId = vendorId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityNumber = entityNumber;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityNumber() {
        return entityNumber;
    }

    public String getDetails() {
        return details;
    }
}
