package com.appconda.licensing.shop.entity;

import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A token that opens the shop for one licensee of one vendor until it expires: the secret is in the shop URL the
 * vendor's software gives its customer and is stored only as its SHA-256. It carries where the buyer returns to
 * (success and cancel URLs with their titles) and optionally the templates already in the cart. A revoked token
 * ({@code active} false) opens nothing.
 */
@Entity
@Table(name = "shop_token")
public class ShopToken extends TenantEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "token_type", nullable = false, length = 16)
    private ShopTokenType tokenType;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "licensee_id", nullable = false, updatable = false)
    private Licensee licensee;

    @Column(name = "success_url", length = 2000)
    private String successUrl;

    @Column(name = "success_title", length = 200)
    private String successTitle;

    @Column(name = "cancel_url", length = 2000)
    private String cancelUrl;

    @Column(name = "cancel_title", length = 200)
    private String cancelTitle;

    /** Template numbers in the cart when the shop opens, comma-separated (numbers hold no commas). */
    @Column(length = 2000)
    private String preselected;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ShopToken() {}

    public ShopToken(
            long vendorId,
            String number,
            ShopTokenType tokenType,
            String secretHash,
            Licensee licensee,
            Instant createdAt,
            Instant expiresAt) {
        super(vendorId, number);
        this.tokenType = tokenType;
        this.secretHash = secretHash;
        this.licensee = licensee;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether it opens its page at {@code now}: not revoked, not expired. */
    public boolean opensAt(Instant now) {
        return isActive() && now.isBefore(expiresAt);
    }

    public void returnTo(String successUrl, String successTitle, String cancelUrl, String cancelTitle) {
        this.successUrl = successUrl;
        this.successTitle = successTitle;
        this.cancelUrl = cancelUrl;
        this.cancelTitle = cancelTitle;
    }

    public void preselect(List<String> templateNumbers) {
        this.preselected =
                templateNumbers == null || templateNumbers.isEmpty() ? null : String.join(",", templateNumbers);
    }

    public List<String> getPreselected() {
        return preselected == null ? List.of() : Arrays.asList(preselected.split(","));
    }

    public ShopTokenType getTokenType() {
        return tokenType;
    }

    public Licensee getLicensee() {
        return licensee;
    }

    public String getSuccessUrl() {
        return successUrl;
    }

    public String getSuccessTitle() {
        return successTitle;
    }

    public String getCancelUrl() {
        return cancelUrl;
    }

    public String getCancelTitle() {
        return cancelTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
