package com.appconda.licensing.usage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One module's answer in one validation, for the nightly reports: who validated what, when, under
 * which model, with what outcome, and how much was consumed. Written in batches, never updated.
 */
@Entity
@Table(name = "usage_event")
public class UsageEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_seq")
    @SequenceGenerator(name = "usage_seq", sequenceName = "usage_seq", allocationSize = 500)
    private Long id;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The UTC day of {@link #occurredAt}: the day whose report counts the event. */
    @Column(name = "usage_day", nullable = false)
    private LocalDate usageDay;

    @Column(name = "product_number", nullable = false, length = 64)
    private String productNumber;

    @Column(name = "module_number", nullable = false, length = 64)
    private String moduleNumber;

    @Column(name = "licensee_number", nullable = false, length = 64)
    private String licenseeNumber;

    @Column(name = "licensing_model", nullable = false, length = 64)
    private String licensingModel;

    @Column(nullable = false)
    private boolean valid;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "session_id", length = 200)
    private String sessionId;

    /** True on the first event of a validation, so that counting validations is counting these. */
    @Column(name = "opens_validation", nullable = false)
    private boolean opensValidation;

    /** Seats held or node slots used after the answer (Floating, NodeLocked), for the reports' peaks. */
    @Column(name = "in_use")
    private Long held;

    /** The seats or node slots the licensee had ({@code -1}: unlimited). */
    @Column(name = "allowed")
    private Long allowed;

    /** A one-way key of the node secret the request named, to count distinct machines. */
    @Column(name = "node_key", length = 16)
    private String nodeKey;

    /** Units left after the answer (PayPerUse) or the quota (Quota), {@code -1}: unlimited; for the burn-down. */
    @Column(name = "units")
    private Long units;

    protected UsageEvent() {}

    public UsageEvent(
            long vendorId,
            Instant occurredAt,
            String productNumber,
            String moduleNumber,
            String licenseeNumber,
            String licensingModel,
            boolean valid,
            long quantity,
            String sessionId,
            boolean opensValidation,
            Long held,
            Long allowed,
            String nodeKey,
            Long units) {
        this.vendorId = vendorId;
        this.occurredAt = occurredAt;
        this.usageDay = dayOf(occurredAt);
        this.productNumber = productNumber;
        this.moduleNumber = moduleNumber;
        this.licenseeNumber = licenseeNumber;
        this.licensingModel = licensingModel;
        this.valid = valid;
        this.quantity = quantity;
        this.sessionId = sessionId;
        this.opensValidation = opensValidation;
        this.held = held;
        this.allowed = allowed;
        this.nodeKey = nodeKey;
        this.units = units;
    }

    /**
     * The day an event at this instant is reported on: its date in UTC, from 00:00:00.000Z inclusive to the next
     * 00:00Z exclusive, whatever the server's time zone, so that every node files an event under the same day.
     */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public LocalDate getUsageDay() {
        return usageDay;
    }

    public long getVendorId() {
        return vendorId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getModuleNumber() {
        return moduleNumber;
    }

    public String getLicenseeNumber() {
        return licenseeNumber;
    }

    public boolean isValid() {
        return valid;
    }

    public long getQuantity() {
        return quantity;
    }
}
