package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.LicenseTerms;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.entity.CustomProperties;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A grant of one license template to one licensee. It keeps its own copy of the template's price
 * and per-type values, taken when it was issued: a vendor who changes a template later changes what
 * new customers get, never what existing customers hold. An inactive license is ignored by validation.
 */
@Entity
@Table(name = "license")
public class License extends CreationDatedEntity {

    public static final Set<String> RESERVED = Set.of(
            "number",
            "active",
            "name",
            "licenseeNumber",
            "licenseTemplateNumber",
            "price",
            "currency",
            "hidden",
            "startDate",
            "timeVolume",
            "timeVolumePeriod",
            "maxSessions",
            "quantity",
            "inUse");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "licensee_id", nullable = false)
    private Licensee licensee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "license_template_id", nullable = false)
    private LicenseTemplate licenseTemplate;

    @Size(max = 200)
    @Column(length = 200)
    private String name;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "start_date")
    private Instant startDate;

    @Column(name = "time_volume")
    private Integer timeVolume;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_volume_period", length = 8)
    private TimeVolumePeriod timeVolumePeriod;

    /** When this license's own time volume ends; kept with start and volume so "expiring soon" is one indexed query. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "max_sessions")
    private Integer maxSessions;

    @Column
    private Long quantity;

    /** Consumed units (PayPerUse); may go negative in remaining terms only under post-pay. */
    @Column(name = "used_quantity", nullable = false)
    private long usedQuantity;

    @ElementCollection
    @CollectionTable(name = "license_property", joinColumns = @JoinColumn(name = "license_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> properties = new HashMap<>();

    protected License() {}

    /** Issues a license with the template's current terms; hidden if the template hides its licenses. */
    public License(long vendorId, String number, Licensee licensee, LicenseTemplate template) {
        super(vendorId, number);
        this.licensee = licensee;
        this.licenseTemplate = template;
        this.hidden = template.isHideLicenses();
        applyTerms(template.terms());
    }

    /** Overrides the copied terms, for a vendor granting a special price or volume. */
    public void applyTerms(LicenseTerms terms) {
        this.price = terms.price();
        this.currency = terms.currency();
        this.timeVolume = terms.timeVolume();
        this.timeVolumePeriod = terms.timeVolumePeriod();
        this.maxSessions = terms.maxSessions();
        this.quantity = terms.quantity();
        refreshExpiry();
    }

    private void refreshExpiry() {
        expiresAt = startDate == null || timeVolume == null || timeVolumePeriod == null
                ? null
                : timeVolumePeriod.after(startDate, timeVolume);
    }

    /** The end of the time volume (exclusive), or null for a license that is not started or has none. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    public LicenseTerms terms() {
        return new LicenseTerms(price, currency, timeVolume, timeVolumePeriod, maxSessions, quantity);
    }

    /** Sets the price this licensee pays, e.g. zero for a license given away automatically. */
    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public long getUsedQuantity() {
        return usedQuantity;
    }

    /** Writes off consumed units; the licensing model decided beforehand that it may. */
    /** Exact: a write-off that would overflow the counter fails instead of wrapping around. */
    public void writeOff(long amount) {
        usedQuantity = Math.addExact(usedQuantity, amount);
    }

    public Licensee getLicensee() {
        return licensee;
    }

    public LicenseTemplate getLicenseTemplate() {
        return licenseTemplate;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public Instant getStartDate() {
        return startDate;
    }

    public void setStartDate(Instant startDate) {
        this.startDate = startDate;
        refreshExpiry();
    }

    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    public void changeProperties(Map<String, String> changes) {
        CustomProperties.apply(properties, changes, RESERVED);
    }
}
