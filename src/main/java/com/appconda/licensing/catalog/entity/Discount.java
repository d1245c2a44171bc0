package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.platform.entity.Currencies;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A product discount: from a total price in a currency on, either a fixed amount or a percentage off
 * (exactly one of them, as NetLicensing defines it).
 */
@Embeddable
public class Discount {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "total_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalPrice;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "amount_fix", precision = 19, scale = 4)
    private BigDecimal amountFix;

    @Column(name = "amount_percent", precision = 7, scale = 4)
    private BigDecimal amountPercent;

    protected Discount() {}

    public Discount(BigDecimal totalPrice, String currency, BigDecimal amountFix, BigDecimal amountPercent) {
        if ((amountFix == null) == (amountPercent == null)) {
            throw new InvalidInputException("discounts", "each needs either amountFix or amountPercent, not both");
        }
        if (amountPercent != null && (amountPercent.signum() < 0 || amountPercent.compareTo(HUNDRED) > 0)) {
            throw new InvalidInputException("discounts", "amountPercent must be between 0 and 100");
        }
        if (totalPrice.signum() < 0 || (amountFix != null && amountFix.signum() < 0)) {
            throw new InvalidInputException("discounts", "amounts must not be negative");
        }
        this.totalPrice = totalPrice;
        this.currency = Currencies.require(currency);
        this.amountFix = amountFix;
        this.amountPercent = amountPercent;
    }

    public BigDecimal getTotalPrice() {
        return totalPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAmountFix() {
        return amountFix;
    }

    public BigDecimal getAmountPercent() {
        return amountPercent;
    }
}
