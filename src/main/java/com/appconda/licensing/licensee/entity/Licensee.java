package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.platform.entity.CustomProperties;
import com.appconda.licensing.platform.entity.InvalidInputException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer identity of one product: the licensee number the vendor hands out and its software
 * sends to the Broker. {@code markedForTransfer} allows its licenses to be moved to another licensee
 * of the same product (NetLicensing's transfer). Its aliases validate as it ({@link LicenseeAlias}).
 */
@Entity
@Table(name = "licensee")
public class Licensee extends CreationDatedEntity {

    public static final Set<String> RESERVED = Set.of(
            "number", "active", "name", "productNumber", "markedForTransfer", "inUse", "licenseeSecret", "aliases");

    /** Enough for a few e-mail addresses and old ids; a list longer than this is a mistake, not a customer. */
    public static final int MAX_ALIASES = 20;

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

    @ElementCollection
    @CollectionTable(name = "licensee_alias", joinColumns = @JoinColumn(name = "licensee_id"))
    private Set<LicenseeAlias> aliases = new LinkedHashSet<>();

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

    /** The aliases as they were written, sorted. */
    public List<String> getAliases() {
        List<String> written = new ArrayList<>();
        aliases.forEach(alias -> written.add(alias.getAlias()));
        written.sort(String.CASE_INSENSITIVE_ORDER);
        return written;
    }

    /**
     * Replaces the aliases (two that differ only in case are one). Whether another licensee of the vendor holds one
     * is the caller's check: this entity sees only itself.
     */
    public void replaceAliases(List<String> newAliases) {
        Set<LicenseeAlias> replaced = new LinkedHashSet<>();
        for (String alias : newAliases) {
            replaced.add(new LicenseeAlias(getVendorId(), alias));
        }
        if (replaced.size() > MAX_ALIASES) {
            throw new InvalidInputException("aliases", "a licensee has at most " + MAX_ALIASES + " aliases");
        }
        aliases.clear();
        aliases.addAll(replaced);
    }
}
