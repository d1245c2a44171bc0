package com.appconda.licensing.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One booking in a vendor's ledger: a signed amount of one kind for one transaction. Entries are never changed: a
 * refund books the reversal of each entry of the sale ({@code reversal}, the amount negated), and the database
 * refuses a second entry of a kind for a transaction, so a sale is booked at most once and reversed at most once.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_seq")
    @SequenceGenerator(name = "ledger_seq", sequenceName = "ledger_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "payment_transaction_id", nullable = false, updatable = false)
    private long transactionId;

    @Column(name = "transaction_number", nullable = false, updatable = false, length = 64)
    private String transactionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private LedgerKind kind;

    @Column(nullable = false, updatable = false)
    private boolean reversal;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    protected LedgerEntry() {}

    public LedgerEntry(
            PaymentTransaction transaction, LedgerKind kind, boolean reversal, BigDecimal amount, Instant bookedAt) {
        this.vendorId = transaction.getVendorId();
        this.transactionId = transaction.getId();
        this.transactionNumber = transaction.getNumber();
        this.kind = kind;
        this.reversal = reversal;
        this.amount = amount;
        this.currency = transaction.getCurrency();
        this.bookedAt = bookedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getTransactionNumber() {
        return transactionNumber;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public boolean isReversal() {
        return reversal;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
