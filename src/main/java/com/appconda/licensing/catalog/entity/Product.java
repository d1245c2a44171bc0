package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.platform.entity.CustomProperties;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vendor's software. Its modules, each with a licensing model, make up its licensing scheme; its
 * licensees are the customers of this product. Product-level settings decide whether an unknown
 * licensee number is created on first validation and whether validation must carry a secret.
 */
@Entity
@Table(name = "product")
public class Product extends TenantEntity {

    /** Field names that custom properties may not take (they are NetLicensing's product properties). */
    public static final Set<String> RESERVED = Set.of(
            "number",
            "active",
            "name",
            "version",
            "description",
            "licensingInfo",
            "licenseeAutoCreate",
            "licenseeSecretMode",
            "vatMode",
            "discounts",
            "inUse");

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 64)
    @Column(name = "product_version", length = 64)
    private String productVersion;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @Size(max = 4000)
    @Column(name = "licensing_info", length = 4000)
    private String licensingInfo;

    @Column(name = "licensee_auto_create", nullable = false)
    private boolean licenseeAutoCreate;

    @Enumerated(EnumType.STRING)
    @Column(name = "licensee_secret_mode", nullable = false, length = 16)
    private LicenseeSecretMode licenseeSecretMode = LicenseeSecretMode.DISABLED;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_mode", nullable = false, length = 8)
    private VatMode vatMode = VatMode.GROSS;

    @ElementCollection
    @CollectionTable(name = "product_discount", joinColumns = @JoinColumn(name = "product_id"))
    private List<Discount> discounts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_property", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> properties = new HashMap<>();

    protected Product() {}

    public Product(long vendorId, String number, String name) {
        super(vendorId, number);
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(String productVersion) {
        this.productVersion = productVersion;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLicensingInfo() {
        return licensingInfo;
    }

    public void setLicensingInfo(String licensingInfo) {
        this.licensingInfo = licensingInfo;
    }

    public boolean isLicenseeAutoCreate() {
        return licenseeAutoCreate;
    }

    public void setLicenseeAutoCreate(boolean licenseeAutoCreate) {
        this.licenseeAutoCreate = licenseeAutoCreate;
    }

    public LicenseeSecretMode getLicenseeSecretMode() {
        return licenseeSecretMode;
    }

    public void setLicenseeSecretMode(LicenseeSecretMode licenseeSecretMode) {
        this.licenseeSecretMode = licenseeSecretMode;
    }

    public VatMode getVatMode() {
        return vatMode;
    }

    public void setVatMode(VatMode vatMode) {
        this.vatMode = vatMode;
    }

    public List<Discount> getDiscounts() {
        return List.copyOf(discounts);
    }

    public void replaceDiscounts(List<Discount> newDiscounts) {
        discounts.clear();
        discounts.addAll(newDiscounts);
    }

    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    public void changeProperties(Map<String, String> changes) {
        CustomProperties.apply(properties, changes, RESERVED);
    }
}
