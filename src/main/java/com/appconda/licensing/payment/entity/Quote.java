package com.appconda.licensing.payment.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a cart costs: the sum of its lines, the discount taken off, and the net, VAT and gross amounts, each rounded
 * to the currency's scale. The buyer pays {@code gross}; {@code net + vat == gross} always holds exactly, and the
 * discount is never negative nor more than the subtotal.
 *
 * @param currency the ISO 4217 code all amounts are in
 * @param lines the cart's lines as they were priced
 * @param subtotal the sum of unit price times quantity, in the stated prices ({@code vatMode})
 * @param discount the amount taken off the subtotal
 * @param net the amount without VAT
 * @param vatPercent the VAT rate applied, in percent (0 for reverse charge and outside the EU)
 * @param vat the VAT amount
 * @param gross what the buyer pays
 * @param treatment why this VAT rate applies
 * @param vatMode how the line prices were stated
 */
public record Quote(
        String currency,
        List<CartLine> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal net,
        BigDecimal vatPercent,
        BigDecimal vat,
        BigDecimal gross,
        TaxTreatment treatment,
        PriceMode vatMode) {

    public Quote {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(vatMode, "vatMode");
        lines = List.copyOf(lines);
        if (discount.signum() < 0 || discount.compareTo(subtotal) > 0) {
            throw new IllegalArgumentException("discount " + discount + " is not between 0 and " + subtotal);
        }
        if (net.add(vat).compareTo(gross) != 0) {
            throw new IllegalArgumentException("net " + net + " + vat " + vat + " is not gross " + gross);
        }
    }
}
