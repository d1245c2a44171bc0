package com.appconda.licensing.payment.entity;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;

/**
 * A discount as the calculator sees it: from a total price on, either a fixed amount or a percentage off (exactly
 * one of them, as NetLicensing defines it). The caller maps the catalog's discounts of the cart's currency to these;
 * the catalog checked their ranges when they were stored, so only their shape is checked here.
 */
public record PriceDiscount(BigDecimal totalPrice, BigDecimal amountFix, BigDecimal amountPercent) {

    public PriceDiscount {
        if (totalPrice == null || (amountFix == null) == (amountPercent == null)) {
            throw new InvalidInputException(
                    "discounts", "each needs a totalPrice and either amountFix or amountPercent, not both");
        }
    }
}
