package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.entity.CustomProperties;
import com.appconda.licensing.platform.entity.TenantEntity;
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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What can be sold or granted for a product module. {@code automatic} templates are given to every
 * new licensee for free (an evaluation, a basic feature); {@code hidden} ones are not offered in the
 * shop; {@code hideLicenses} hides their licenses from the customer. The per-type values (time
 * volume, sessions, quantity) are copied to each license when it is issued, so changing a template
 * later never rewrites what customers already hold.
 */
@Entity
@Table(name = "license_template")
public class LicenseTemplate extends TenantEntity {

    public static final Set<String> RESERVED = Set.of(
            "number",
            "active",
            "name",
            "productModuleNumber",
            "licenseType",
            "price",
            "currency",
            "automatic",
            "hidden",
            "hideLicenses",
            "timeVolume",
            "timeVolumePeriod",
            "maxSessions",
            "quantity",
            "inUse");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_module_id", nullable = false)
    private ProductModule productModule;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false, length = 16)
    private LicenseType licenseType;

    @NotNull
    @DecimalMin("0")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal price = BigDecimal.ZERO;

    @NotNull
    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean automatic;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hide_licenses", nullable = false)
    private boolean hideLicenses;

    @Column(name = "time_volume")
    private Integer timeVolume;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_volume_period", length = 8)
    private TimeVolumePeriod timeVolumePeriod;

    @Column(name = "max_sessions")
    private Integer maxSessions;

    @Column
    private Long quantity;

    @ElementCollection
    @CollectionTable(name = "license_template_property", joinColumns = @JoinColumn(name = "license_template_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> properties = new HashMap<>();

    protected LicenseTemplate() {}

    public LicenseTemplate(
            long vendorId,
            String number,
            ProductModule productModule,
            String name,
            LicenseType licenseType,
            String currency) {
        super(vendorId, number);
        this.productModule = productModule;
        this.name = name;
        this.licenseType = licenseType;
        this.currency = currency;
    }

    /** Checks that the values the license type needs are there and within range ({@link LicenseTerms#requireValidFor}). */
    public void requireTypeValues() {
        terms().requireValidFor(licenseType);
    }

    /** The values a license copies when issued; see the class comment for why they are copied. */
    public LicenseTerms terms() {
        return new LicenseTerms(price, currency, timeVolume, timeVolumePeriod, maxSessions, quantity);
    }

    public ProductModule getProductModule() {
        return productModule;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LicenseType getLicenseType() {
        return licenseType;
    }

    public void setLicenseType(LicenseType licenseType) {
        this.licenseType = licenseType;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public void setAutomatic(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isHideLicenses() {
        return hideLicenses;
    }

    public void setHideLicenses(boolean hideLicenses) {
        this.hideLicenses = hideLicenses;
    }

    public Integer getTimeVolume() {
        return timeVolume;
    }

    public void setTimeVolume(Integer timeVolume) {
        this.timeVolume = timeVolume;
    }

    public TimeVolumePeriod getTimeVolumePeriod() {
        return timeVolumePeriod;
    }

    public void setTimeVolumePeriod(TimeVolumePeriod timeVolumePeriod) {
        this.timeVolumePeriod = timeVolumePeriod;
    }

    public Integer getMaxSessions() {
        return maxSessions;
    }

    public void setMaxSessions(Integer maxSessions) {
        this.maxSessions = maxSessions;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    public void changeProperties(Map<String, String> changes) {
        CustomProperties.apply(properties, changes, RESERVED);
    }
}
