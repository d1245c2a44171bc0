package com.appconda.licensing.shop.entity;

import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Money and automatic changes alike are transactions (as in NetLicensing): a shop purchase with its
 * totals and payment method, or a licence created automatically, with the licenses it created. A
 * transaction closes or is cancelled once; amounts never change after it is closed.
 */
@Entity
@Table(name = "payment_transaction")
public class Transaction extends TenantEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransactionStatus status = TransactionStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TransactionSource source;

    @Column(name = "grand_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal grandTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal discount = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal vat = BigDecimal.ZERO;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_method", length = 64)
    private String paymentMethod;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany
    @JoinTable(name = "payment_transaction_license",
            joinColumns = @JoinColumn(name = "payment_transaction_id"),
            inverseJoinColumns = @JoinColumn(name = "license_id"))
    private Set<License> licenses = new HashSet<>();

    protected Transaction() {
    }

    public Transaction(long vendorId, String number, TransactionSource source, String currency, Instant createdAt) {
        super(vendorId, number);
        this.source = source;
        this.currency = currency;
        this.createdAt = createdAt;
    }

    /** Closes a pending transaction; closing or cancelling twice is refused, since money settles once. */
    public void close(Instant now) {
        requirePending();
        status = TransactionStatus.CLOSED;
        closedAt = now;
    }

    public void cancel(Instant now) {
        requirePending();
        status = TransactionStatus.CANCELLED;
        closedAt = now;
    }

    private void requirePending() {
        if (status != TransactionStatus.PENDING) {
            throw new IllegalStateException("transaction " + getNumber() + " is already " + status);
        }
    }

    public void addLicense(License license) {
        licenses.add(license);
    }

    public TransactionStatus getStatus() {
        return status;
    }

    public TransactionSource getSource() {
        return source;
    }

    public BigDecimal getGrandTotal() {
        return grandTotal;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Set<License> getLicenses() {
        return Set.copyOf(licenses);
    }
}
