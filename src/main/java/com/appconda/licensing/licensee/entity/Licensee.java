package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.platform.entity.CustomProperties;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A customer identity of one product: the licensee number the vendor hands out and its software
 * sends to the Broker. {@code markedForTransfer} allows its licenses to be moved to another licensee
 * of the same product (NetLicensing's transfer).
 */
@Entity
@Table(name = "licensee")
public class Licensee extends CreationDatedEntity {

    public static final Set<String> RESERVED =
            Set.of("number", "active", "name", "productNumber", "markedForTransfer", "inUse", "licenseeSecret");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Size(max = 200)
    @Column(length = 200)
    private String name;

    @Column(name = "marked_for_transfer", nullable = false)
    private boolean markedForTransfer;

    /** SHA-256 of the licensee secret, for products that check one (never the secret itself). */
    @Column(name = "secret_hash", length = 64)
    private String secretHash;

    @ElementCollection
    @CollectionTable(name = "licensee_property", joinColumns = @JoinColumn(name = "licensee_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> properties = new HashMap<>();

    protected Licensee() {}

    public Licensee(long vendorId, String number, Product product) {
        super(vendorId, number);
        this.product = product;
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

    public boolean isMarkedForTransfer() {
        return markedForTransfer;
    }

    public void setMarkedForTransfer(boolean markedForTransfer) {
        this.markedForTransfer = markedForTransfer;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    public Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    public void changeProperties(Map<String, String> changes) {
        CustomProperties.apply(properties, changes, RESERVED);
    }
}
