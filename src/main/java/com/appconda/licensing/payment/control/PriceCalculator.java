package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.CartLine;
import com.appconda.licensing.payment.entity.Country;
import com.appconda.licensing.payment.entity.PriceDiscount;
import com.appconda.licensing.payment.entity.PriceMode;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.payment.entity.TaxTreatment;
import com.appconda.licensing.platform.entity.Currencies;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The price the shop quotes for a cart: a pure function of the cart, its currency and price mode, the product's
 * discounts, the vendor's country and the buyer's country and VAT number.
 *
 * <ul>
 *   <li>Subtotal = Σ unit price × quantity. Of the discounts whose total price is at most the subtotal, only the one
 *       with the highest total price applies: its fixed amount off, or subtotal × percent / 100; the discount never
 *       takes the total below zero.
 *   <li>Treatment: a buyer outside the EU is {@code OUTSIDE_EU} (0 %); a buyer in the vendor's country is
 *       {@code DOMESTIC} (that country's rate, a VAT number changes nothing); a buyer in another member state with a
 *       VAT number is {@code EU_REVERSE_CHARGE} (0 %) if the number has that country's form, else the request is
 *       refused ({@code vatId}); without a VAT number {@code EU_CONSUMER} (the buyer country's rate, OSS). Without a
 *       vendor country every EU buyer counts as in another member state.
 *   <li>{@code GROSS}: the stated price is what the buyer pays, and the VAT is extracted from it:
 *       vat = gross × p / (100 + p). So at 0 % (reverse charge, outside the EU) the buyer pays the stated price too,
 *       all of it net: a GROSS price is what every buyer pays.
 *   <li>{@code NET}: the VAT is added on top: vat = net × p / 100.
 *   <li>Rounding: every amount is rounded HALF_UP to the currency's minor unit (EUR 2 places, JPY 0). The subtotal and
 *       the discount are rounded once each; the VAT is computed once on the discounted total (invoice level, not per
 *       line) and rounded once; the other of net and gross is derived by addition or subtraction, so that
 *       net + vat = gross exactly.
 *   <li>Refused ({@code InvalidInputException} naming the field): an empty cart ({@code cart}), no buyer country
 *       ({@code country}), an unknown currency ({@code currency}), no price mode ({@code vatMode}), a VAT number
 *       not of the buyer country's form ({@code vatId}). One currency per cart: mixing them is the caller's problem.
 *   <li>Amounts are {@code BigDecimal} only, never {@code double}.
 * </ul>
 */
public final class PriceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceCalculator() {}

    /** The quote for a cart; {@code discounts} may be empty, {@code vendorCountry} and {@code buyerVatId} null. */
    public static Quote quote(
            List<CartLine> lines,
            String currency,
            PriceMode mode,
            List<PriceDiscount> discounts,
            String vendorCountry,
            Country buyer,
            String buyerVatId) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("cart", "is empty");
        }
        String code = Currencies.require(currency);
        if (mode == null) {
            throw new InvalidInputException("vatMode", "is required");
        }
        TaxTreatment treatment = treatment(vendorCountry, buyer, buyerVatId);
        int scale = scale(code);
        BigDecimal subtotal =
                round(lines.stream().map(CartLine::total).reduce(BigDecimal.ZERO, BigDecimal::add), scale);
        BigDecimal discount = discount(subtotal, discounts == null ? List.of() : discounts, scale);
        BigDecimal total = subtotal.subtract(discount);
        BigDecimal percent = rate(treatment, buyer);
        return mode == PriceMode.GROSS
                ? fromGross(code, lines, subtotal, discount, total, percent, treatment, scale)
                : fromNet(code, lines, subtotal, discount, total, percent, treatment, scale);
    }

    /** Which VAT the sale bears; see the class comment for the rules. */
    public static TaxTreatment treatment(String vendorCountry, Country buyer, String buyerVatId) {
        if (buyer == null) {
            throw new InvalidInputException("country", "is required");
        }
        if (!buyer.eu()) {
            return TaxTreatment.OUTSIDE_EU;
        }
        if (vendorCountry != null && buyer.code().equalsIgnoreCase(vendorCountry.trim())) {
            return TaxTreatment.DOMESTIC;
        }
        if (buyerVatId == null || VatIdForm.normalized(buyerVatId).isEmpty()) {
            return TaxTreatment.EU_CONSUMER;
        }
        if (!VatIdForm.valid(buyer.code(), buyerVatId)) {
            throw new InvalidInputException(
                    "vatId", "is not a VAT number of " + buyer.name() + ": " + buyerVatId.trim());
        }
        return TaxTreatment.EU_REVERSE_CHARGE;
    }

    /** The amount the applicable discount takes off the subtotal, rounded, at most the subtotal. */
    static BigDecimal discount(BigDecimal subtotal, List<PriceDiscount> discounts, int scale) {
        return discounts.stream()
                .filter(d -> d.totalPrice().compareTo(subtotal) <= 0)
                .max(Comparator.comparing(PriceDiscount::totalPrice))
                .map(d -> d.amountFix() != null
                        ? d.amountFix()
                        : subtotal.multiply(d.amountPercent()).divide(HUNDRED))
                .map(amount -> round(amount, scale).min(subtotal))
                .orElse(BigDecimal.ZERO.setScale(scale));
    }

    private static Quote fromGross(
            String currency,
            List<CartLine> lines,
            BigDecimal subtotal,
            BigDecimal discount,
            BigDecimal gross,
            BigDecimal percent,
            TaxTreatment treatment,
            int scale) {
        BigDecimal vat = gross.multiply(percent).divide(HUNDRED.add(percent), scale, RoundingMode.HALF_UP);
        return new Quote(
                currency,
                lines,
                subtotal,
                discount,
                gross.subtract(vat),
                percent,
                vat,
                gross,
                treatment,
                PriceMode.GROSS);
    }

    private static Quote fromNet(
            String currency,
            List<CartLine> lines,
            BigDecimal subtotal,
            BigDecimal discount,
            BigDecimal net,
            BigDecimal percent,
            TaxTreatment treatment,
            int scale) {
        BigDecimal vat = round(net.multiply(percent).divide(HUNDRED), scale);
        return new Quote(
                currency, lines, subtotal, discount, net, percent, vat, net.add(vat), treatment, PriceMode.NET);
    }

    private static BigDecimal rate(TaxTreatment treatment, Country buyer) {
        return switch (treatment) {
            case DOMESTIC, EU_CONSUMER -> buyer.vatPercent();
            case EU_REVERSE_CHARGE, OUTSIDE_EU -> BigDecimal.ZERO;
        };
    }

    private static int scale(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidInputException("currency", "has no minor unit, prices cannot be stated in " + currency);
        }
        return digits;
    }

    private static BigDecimal round(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_UP);
    }
}
