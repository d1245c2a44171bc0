package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.catalog.entity.Discount;
import com.appconda.licensing.platform.entity.Amounts;
import com.appconda.licensing.platform.entity.Fields;
import java.math.BigDecimal;

/** A product discount in the API: from {@code totalPrice} on, {@code amountFix} or {@code amountPercent} off. */
public record DiscountRequest(BigDecimal totalPrice, String currency, BigDecimal amountFix, BigDecimal amountPercent) {

    public Discount toDiscount() {
        return new Discount(Fields.required("discounts.totalPrice", totalPrice), currency, amountFix, amountPercent);
    }

    public static DiscountRequest from(Discount discount) {
        return new DiscountRequest(
                Amounts.plain(discount.getTotalPrice()),
                discount.getCurrency(),
                Amounts.plain(discount.getAmountFix()),
                Amounts.plain(discount.getAmountPercent()));
    }
}
