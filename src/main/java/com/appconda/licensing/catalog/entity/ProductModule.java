package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.platform.entity.CustomProperties;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One licensable part of a product, licensed under one licensing model. The model's parameters
 * (maxCheckoutValidity for Floating, yellowThreshold/redThreshold for Rental, nodeSecretMode for
 * NodeLocked...) are kept with the custom properties under their NetLicensing names, because custom
 * models bring parameters of their own that no fixed column could foresee.
 */
@Entity
@Table(name = "product_module")
public class ProductModule extends TenantEntity {

    public static final Set<String> RESERVED =
            Set.of("number", "active", "name", "productNumber", "licensingModel", "inUse");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank
    @Size(max = 64)
    @Column(name = "licensing_model", nullable = false, length = 64)
    private String licensingModel;

    @ElementCollection
    @CollectionTable(name = "product_module_property", joinColumns = @JoinColumn(name = "product_module_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> properties = new HashMap<>();

    protected ProductModule() {}

    public ProductModule(long vendorId, String number, Product product, String name, String licensingModel) {
        super(vendorId, number);
        this.product = product;
        this.name = name;
        this.licensingModel = licensingModel;
    }

    public Product getProduct() {
        return product;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLicensingModel() {
        return licensingModel;
    }

    public void setLicensingModel(String licensingModel) {
        this.licensingModel = licensingModel;
    }

    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    public void changeProperties(Map<String, String> changes) {
        CustomProperties.apply(properties, changes, RESERVED);
    }
}
