package com.appconda.licensing.payment.entity;

import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A purchase from checkout to its end: the cart and its quote as the buyer saw them, the buyer's country, VAT number
 * and e-mail, the provider and its reference for the payment, and the state ({@link TransactionStatus}). It guards
 * its own state changes: only a pending transaction closes or is cancelled, only a closed one is refunded, each at
 * most once. Whoever changes it holds its row lock, so two callbacks for one payment are one after the other.
 */
@Entity
@Table(name = "payment_transaction")
public class PaymentTransaction extends TenantEntity {

    /** Money paid in the shop (NetLicensing's source SHOP). */
    public static final String SOURCE_SHOP = "SHOP";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransactionStatus status = TransactionStatus.PENDING;

    @Column(nullable = false, length = 32)
    private String source = SOURCE_SHOP;

    @Column(name = "licensee_id")
    private Long licenseeId;

    @Column(name = "licensee_number", nullable = false, length = 64)
    private String licenseeNumber;

    @Column(name = "shop_token_id")
    private Long shopTokenId;

    /** The shop token while pending (unique), so that one token has at most one pending transaction. */
    @Column(name = "open_token_id")
    private Long openTokenId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal discount;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal net;

    @Column(name = "vat_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal vatPercent;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal vat;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal gross;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_mode", nullable = false, length = 8)
    private PriceMode vatMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_treatment", nullable = false, length = 24)
    private TaxTreatment taxTreatment;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "vat_id", length = 32)
    private String vatId;

    @Column(name = "buyer_email", nullable = false, length = 254)
    private String buyerEmail;

    @Column(nullable = false, length = 16)
    private String provider;

    @Column(name = "provider_reference", length = 200)
    private String providerReference;

    /** Where the buyer's browser goes after paying, and after giving up: the vendor's pages. */
    @Column(name = "success_url", length = 2000)
    private String successUrl;

    @Column(name = "success_title", length = 200)
    private String successTitle;

    @Column(name = "cancel_url", length = 2000)
    private String cancelUrl;

    @Column(name = "cancel_title", length = 200)
    private String cancelTitle;

    @Column(length = 500)
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @ElementCollection
    @CollectionTable(name = "payment_transaction_line", joinColumns = @JoinColumn(name = "payment_transaction_id"))
    @OrderColumn(name = "line_index")
    private List<TransactionLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "payment_transaction_license", joinColumns = @JoinColumn(name = "payment_transaction_id"))
    @Column(name = "license_id", nullable = false)
    private Set<Long> licenseIds = new HashSet<>();

    protected PaymentTransaction() {}

    /** A pending transaction for a checked-out cart, priced as {@code quote} says. */
    public PaymentTransaction(
            long vendorId,
            String number,
            Buyer buyer,
            Quote quote,
            List<TransactionLine> lines,
            String provider,
            Instant createdAt,
            Instant expiresAt) {
        super(vendorId, number);
        this.licenseeId = buyer.licenseeId();
        this.licenseeNumber = buyer.licenseeNumber();
        this.shopTokenId = buyer.shopTokenId();
        this.openTokenId = buyer.shopTokenId();
        this.country = buyer.country();
        this.vatId = buyer.vatId();
        this.buyerEmail = buyer.email();
        this.successUrl = buyer.returns().successUrl();
        this.successTitle = buyer.returns().successTitle();
        this.cancelUrl = buyer.returns().cancelUrl();
        this.cancelTitle = buyer.returns().cancelTitle();
        this.currency = quote.currency();
        this.subtotal = quote.subtotal();
        this.discount = quote.discount();
        this.net = quote.net();
        this.vatPercent = quote.vatPercent();
        this.vat = quote.vat();
        this.gross = quote.gross();
        this.vatMode = quote.vatMode();
        this.taxTreatment = quote.treatment();
        this.lines.addAll(lines);
        this.provider = provider;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Who buys: the licensee (and the shop token it came with), the country and VAT number, the e-mail, and the
     * vendor's pages to return to.
     */
    public record Buyer(
            long licenseeId,
            String licenseeNumber,
            Long shopTokenId,
            String country,
            String vatId,
            String email,
            Returns returns) {}

    /** The vendor's pages the buyer returns to after paying and after giving up, with the titles of their links. */
    public record Returns(String successUrl, String successTitle, String cancelUrl, String cancelTitle) {}

    public boolean isPending() {
        return status == TransactionStatus.PENDING;
    }

    /** Whether it may still be paid at {@code now}: pending and not past its expiry. */
    public boolean isPayableAt(Instant now) {
        return isPending() && now.isBefore(expiresAt);
    }

    /** The provider's id of the payment (its session), known once the provider has been asked. */
    public void referTo(String reference) {
        if (providerReference != null && !providerReference.equals(reference)) {
            throw new IllegalStateException("transaction " + getNumber() + " already refers to " + providerReference);
        }
        this.providerReference = reference;
    }

    /** Paid: the licenses it created. From pending, or from cancelled when the money arrived after all. */
    public void close(Instant at, Set<Long> createdLicenses) {
        if (status == TransactionStatus.CLOSED) {
            throw new IllegalStateException("transaction " + getNumber() + " is closed already");
        }
        status = TransactionStatus.CLOSED;
        closedAt = at;
        openTokenId = null;
        failure = null;
        licenseIds.addAll(createdLicenses);
    }

    /** Declined, cancelled or expired, with the reason; nothing was created. Only a pending one is cancelled. */
    public void cancel(Instant at, String reason) {
        if (!isPending()) {
            throw new IllegalStateException("transaction " + getNumber() + " is " + status + ", not pending");
        }
        status = TransactionStatus.CANCELLED;
        closedAt = at;
        openTokenId = null;
        failure = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    public boolean isRefunded() {
        return refundedAt != null;
    }

    public void markRefunded(Instant at) {
        if (status != TransactionStatus.CLOSED || refundedAt != null) {
            throw new IllegalStateException("transaction " + getNumber() + " cannot be refunded");
        }
        refundedAt = at;
    }

    public TransactionStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public Long getLicenseeId() {
        return licenseeId;
    }

    public String getLicenseeNumber() {
        return licenseeNumber;
    }

    public Long getShopTokenId() {
        return shopTokenId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getNet() {
        return net;
    }

    public BigDecimal getVatPercent() {
        return vatPercent;
    }

    public BigDecimal getVat() {
        return vat;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public PriceMode getVatMode() {
        return vatMode;
    }

    public TaxTreatment getTaxTreatment() {
        return taxTreatment;
    }

    public String getCountry() {
        return country;
    }

    public String getVatId() {
        return vatId;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public String getProvider() {
        return provider;
    }

    public String getProviderReference() {
        return providerReference;
    }

    public String getSuccessUrl() {
        return successUrl;
    }

    public String getCancelUrl() {
        return cancelUrl;
    }

    public String getSuccessTitle() {
        return successTitle;
    }

    public String getCancelTitle() {
        return cancelTitle;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public List<TransactionLine> getLines() {
        return List.copyOf(lines);
    }

    public Set<Long> getLicenseIds() {
        return Set.copyOf(licenseIds);
    }
}
