package com.appconda.licensing.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.payment.entity.CartLine;
import com.appconda.licensing.payment.entity.Country;
import com.appconda.licensing.payment.entity.PriceDiscount;
import com.appconda.licensing.payment.entity.PriceMode;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.payment.entity.TaxTreatment;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shop's price rules: discount, VAT treatment, GROSS and NET prices, and invoice-level rounding. */
class PriceCalculatorTest {

    private static final VatRates RATES = VatRates.fromClasspath();
    private static final String VENDOR = "DE";

    private static Country country(String code) {
        return RATES.country(code).orElseThrow();
    }

    private static List<CartLine> cart(String... unitPrices) {
        List<CartLine> lines = new ArrayList<>();
        for (int i = 0; i < unitPrices.length; i++) {
            lines.add(new CartLine("T" + i, "Template " + i, new BigDecimal(unitPrices[i]), 1));
        }
        return lines;
    }

    private static Quote quote(List<CartLine> lines, PriceMode mode, Country buyer, String vatId) {
        return PriceCalculator.quote(lines, "EUR", mode, List.of(), VENDOR, buyer, vatId);
    }

    private static Quote discounted(String subtotal, PriceDiscount... discounts) {
        return PriceCalculator.quote(
                cart(subtotal), "EUR", PriceMode.NET, List.of(discounts), VENDOR, country("US"), null);
    }

    private static PriceDiscount fix(String from, String amount) {
        return new PriceDiscount(new BigDecimal(from), new BigDecimal(amount), null);
    }

    private static PriceDiscount percent(String from, String percent) {
        return new PriceDiscount(new BigDecimal(from), null, new BigDecimal(percent));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {4}")
    @CsvSource({
        // mode, buyer, VAT id, stated price, treatment, percent, net, vat, gross
        "NET,   DE, ,             100.00, DOMESTIC,          19,   100.00, 19.00, 119.00",
        "NET,   DE, DE123456789,  100.00, DOMESTIC,          19,   100.00, 19.00, 119.00",
        "NET,   AT, ,             100.00, EU_CONSUMER,       20,   100.00, 20.00, 120.00",
        "NET,   FI, ,             100.00, EU_CONSUMER,       25.5, 100.00, 25.50, 125.50",
        "NET,   AT, ATU12345678,  100.00, EU_REVERSE_CHARGE, 0,    100.00,  0.00, 100.00",
        "NET,   GR, EL 123456789, 100.00, EU_REVERSE_CHARGE, 0,    100.00,  0.00, 100.00",
        "NET,   US, ,             100.00, OUTSIDE_EU,        0,    100.00,  0.00, 100.00",
        "NET,   CH, CHE123456789, 100.00, OUTSIDE_EU,        0,    100.00,  0.00, 100.00",
        "GROSS, DE, ,             119.00, DOMESTIC,          19,   100.00, 19.00, 119.00",
        "GROSS, DE, DE123456789,  119.00, DOMESTIC,          19,   100.00, 19.00, 119.00",
        "GROSS, AT, ,             119.00, EU_CONSUMER,       20,    99.17, 19.83, 119.00",
        "GROSS, FI, ,             119.00, EU_CONSUMER,       25.5,  94.82, 24.18, 119.00",
        "GROSS, AT, ATU12345678,  119.00, EU_REVERSE_CHARGE, 0,    119.00,  0.00, 119.00",
        "GROSS, US, ,             119.00, OUTSIDE_EU,        0,    119.00,  0.00, 119.00",
    })
    void eachModeAndTreatmentQuotesItsVat(
            PriceMode mode,
            String buyer,
            String vatId,
            String price,
            TaxTreatment treatment,
            BigDecimal percent,
            String net,
            String vat,
            String gross) {
        Quote quote = quote(cart(price), mode, country(buyer), vatId);

        assertThat(quote.treatment()).isEqualTo(treatment);
        assertThat(quote.vatPercent()).isEqualByComparingTo(percent);
        assertThat(quote.net()).isEqualTo(new BigDecimal(net));
        assertThat(quote.vat()).isEqualTo(new BigDecimal(vat));
        assertThat(quote.gross()).isEqualTo(new BigDecimal(gross));
        assertThat(quote.vatMode()).isEqualTo(mode);
    }

    @ParameterizedTest(name = "vendor {0}, buyer {1}, VAT id {2}: {3}")
    @CsvSource({
        ",   AT, ,            EU_CONSUMER",
        ",   DE, ,            EU_CONSUMER",
        ",   AT, ATU12345678, EU_REVERSE_CHARGE",
        ",   US, ,            OUTSIDE_EU",
        "de, DE, ,            DOMESTIC",
        "AT, DE, DE123456789, EU_REVERSE_CHARGE",
        "US, DE, ,            EU_CONSUMER",
        "US, US, ,            OUTSIDE_EU",
    })
    void theTreatmentFollowsTheVendorsAndTheBuyersCountry(
            String vendor, String buyer, String vatId, TaxTreatment treatment) {
        assertThat(PriceCalculator.treatment(vendor, country(buyer), vatId)).isEqualTo(treatment);
    }

    @ParameterizedTest(name = "subtotal {0}: {1} off")
    @CsvSource({
        "99.99,  0.00",
        "100.00, 10.00",
        "199.99, 10.00",
        "200.00, 20.00",
        "500.00, 50.00",
    })
    void theDiscountOfTheHighestThresholdReachedApplies(String subtotal, String off) {
        Quote quote = discounted(subtotal, percent("200", "10"), fix("100", "10"));

        assertThat(quote.discount()).isEqualTo(new BigDecimal(off));
        assertThat(quote.net()).isEqualTo(new BigDecimal(subtotal).subtract(new BigDecimal(off)));
    }

    @Test
    void onlyTheHighestThresholdsDiscountAppliesEvenWhenALowerOneWouldTakeMore() {
        assertThat(discounted("250.00", percent("100", "50"), fix("200", "5")).discount())
                .isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aFixedDiscountLargerThanTheSubtotalMakesItFreeNotNegative() {
        Quote quote = PriceCalculator.quote(
                cart("100.00"), "EUR", PriceMode.NET, List.of(fix("0", "500")), VENDOR, country("DE"), null);

        assertThat(quote.discount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(quote.net()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(quote.gross()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theDiscountIsRoundedOnceHalfUp() {
        assertThat(discounted("33.35", percent("0", "10")).discount()).isEqualTo(new BigDecimal("3.34"));
        assertThat(discounted("10.00", fix("0", "1.005")).discount()).isEqualTo(new BigDecimal("1.01"));
    }

    @Test
    void theVatIsTakenOnTheDiscountedTotal() {
        Quote quote = PriceCalculator.quote(
                cart("200.00"), "EUR", PriceMode.NET, List.of(percent("100", "10")), VENDOR, country("DE"), null);

        assertThat(quote.subtotal()).isEqualTo(new BigDecimal("200.00"));
        assertThat(quote.net()).isEqualTo(new BigDecimal("180.00"));
        assertThat(quote.vat()).isEqualTo(new BigDecimal("34.20"));
        assertThat(quote.gross()).isEqualTo(new BigDecimal("214.20"));
    }

    @Test
    void yenHaveNoMinorUnit() {
        List<CartLine> lines = List.of(new CartLine("T1", "Yearly", new BigDecimal("1000"), 3));
        Quote net = PriceCalculator.quote(lines, "JPY", PriceMode.NET, List.of(), VENDOR, country("DE"), null);
        Quote gross = PriceCalculator.quote(
                cart("999"), "jpy", PriceMode.GROSS, List.of(percent("0", "0.1")), VENDOR, country("AT"), null);

        assertThat(net.vat()).isEqualTo(new BigDecimal("570"));
        assertThat(net.gross()).isEqualTo(new BigDecimal("3570"));
        assertThat(gross.currency()).isEqualTo("JPY");
        assertThat(gross.discount()).isEqualTo(new BigDecimal("1"));
        assertThat(gross.vat()).as("998 × 20 / 120 = 166.33").isEqualTo(new BigDecimal("166"));
        assertThat(gross.net()).isEqualTo(new BigDecimal("832"));
    }

    /** Rounding the VAT of each line would give 5.70 (3 × 1.90) on a NET cart and 0.96 (3 × 0.32) on a GROSS one. */
    @Test
    void theVatIsRoundedOnceOnTheInvoiceNotPerLine() {
        Quote net = quote(cart("9.99", "9.99", "9.99"), PriceMode.NET, country("DE"), null);
        Quote gross = quote(cart("1.99", "1.99", "1.99"), PriceMode.GROSS, country("DE"), null);

        assertThat(perLine(net, "9.99", "100")).isEqualTo(new BigDecimal("5.70"));
        assertThat(net.vat()).isEqualTo(new BigDecimal("5.69"));
        assertThat(net.gross()).isEqualTo(new BigDecimal("35.66"));
        assertThat(perLine(gross, "1.99", "119")).isEqualTo(new BigDecimal("0.96"));
        assertThat(gross.vat()).isEqualTo(new BigDecimal("0.95"));
        assertThat(gross.net()).isEqualTo(new BigDecimal("5.02"));
    }

    private static BigDecimal perLine(Quote quote, String price, String divisor) {
        BigDecimal line = new BigDecimal(price)
                .multiply(quote.vatPercent())
                .divide(new BigDecimal(divisor), 2, RoundingMode.HALF_UP);
        return line.multiply(BigDecimal.valueOf(quote.lines().size()));
    }

    @Test
    void netPlusVatIsGrossOnEveryRandomCart() {
        Random random = new Random(20250101L);
        List<Country> countries = RATES.all();
        List<String> currencies = List.of("EUR", "USD", "JPY", "BHD", "CHF");
        for (int i = 0; i < 5_000; i++) {
            String currency = currencies.get(random.nextInt(currencies.size()));
            PriceMode mode = random.nextBoolean() ? PriceMode.GROSS : PriceMode.NET;
            Country buyer = countries.get(random.nextInt(countries.size()));
            String vendor = List.of("DE", "AT", "FR").get(random.nextInt(3));
            Quote quote = PriceCalculator.quote(
                    randomCart(random),
                    currency,
                    mode,
                    randomDiscounts(random),
                    random.nextInt(5) == 0 ? null : vendor,
                    buyer,
                    null);

            assertConsistent(quote, Currency.getInstance(currency).getDefaultFractionDigits());
        }
    }

    private static List<CartLine> randomCart(Random random) {
        List<CartLine> lines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(5));
            lines.add(new CartLine("T" + i, "Template " + i, price, 1 + random.nextInt(10)));
        }
        return lines;
    }

    private static List<PriceDiscount> randomDiscounts(Random random) {
        List<PriceDiscount> discounts = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            BigDecimal from = BigDecimal.valueOf(random.nextInt(5_000));
            discounts.add(
                    random.nextBoolean()
                            ? new PriceDiscount(from, BigDecimal.valueOf(random.nextInt(100_000), 2), null)
                            : new PriceDiscount(from, null, BigDecimal.valueOf(random.nextInt(10_001), 2)));
        }
        Collections.shuffle(discounts, random);
        return discounts;
    }

    private static void assertConsistent(Quote quote, int scale) {
        BigDecimal total = quote.subtotal().subtract(quote.discount());
        BigDecimal exactVat = quote.vatMode() == PriceMode.GROSS
                ? total.multiply(quote.vatPercent())
                        .divide(quote.vatPercent().add(BigDecimal.valueOf(100)), 10, RoundingMode.HALF_UP)
                : total.multiply(quote.vatPercent()).divide(BigDecimal.valueOf(100));
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));

        assertThat(quote.net().add(quote.vat())).as("net + vat").isEqualTo(quote.gross());
        assertThat(List.of(quote.subtotal(), quote.discount(), quote.net(), quote.vat(), quote.gross()))
                .as("scales of %s", quote)
                .allMatch(amount -> amount.scale() == scale);
        assertThat(quote.discount()).isBetween(BigDecimal.ZERO, quote.subtotal());
        assertThat(quote.net().signum()).isNotNegative();
        assertThat(quote.vat().subtract(exactVat).abs()).isLessThanOrEqualTo(halfUnit);
        assertThat(quote.vatMode() == PriceMode.GROSS ? quote.gross() : quote.net())
                .isEqualTo(total);
    }

    static Stream<Arguments> refused() {
        Country austria = country("AT");
        List<CartLine> cart = cart("10.00");
        return Stream.of(
                refusal("cart", () -> quote(List.of(), PriceMode.NET, austria, null)),
                refusal("cart", () -> quote(null, PriceMode.NET, austria, null)),
                refusal("country", () -> quote(cart, PriceMode.NET, null, null)),
                refusal("vatId", () -> quote(cart, PriceMode.NET, austria, "DE123456789")),
                refusal("vatMode", () -> quote(cart, null, austria, null)),
                refusal(
                        "currency",
                        () -> PriceCalculator.quote(cart, "XYZ", PriceMode.NET, List.of(), VENDOR, austria, null)),
                refusal(
                        "currency",
                        () -> PriceCalculator.quote(cart, null, PriceMode.NET, List.of(), VENDOR, austria, null)),
                refusal("quantity", () -> new CartLine("T1", "Yearly", BigDecimal.TEN, 0)),
                refusal("unitPrice", () -> new CartLine("T1", "Yearly", new BigDecimal("-0.01"), 1)),
                refusal("unitPrice", () -> new CartLine("T1", "Yearly", null, 1)),
                refusal("discounts", () -> new PriceDiscount(BigDecimal.TEN, null, null)),
                refusal("discounts", () -> new PriceDiscount(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE)),
                refusal("discounts", () -> new PriceDiscount(null, BigDecimal.ONE, null)));
    }

    private static Arguments refusal(String field, ThrowingCallable call) {
        return Arguments.of(field, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void badInputIsRefusedNamingItsField(String field, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.fields()).containsOnlyKeys(field));
    }

    @Test
    void aVatNumberOfTheWrongFormNamesTheBuyersCountry() {
        assertThatThrownBy(() -> quote(cart("10.00"), PriceMode.NET, country("AT"), "DE 123456789"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("vatId: is not a VAT number of Austria: DE 123456789");
    }

    @Test
    void theQuoteKeepsTheCartAndItsCurrency() {
        List<CartLine> lines = cart("10.00", "5.50");
        Quote quote = PriceCalculator.quote(lines, "eur", PriceMode.NET, null, VENDOR, country("DE"), "  ");

        assertThat(quote.lines()).isEqualTo(lines);
        assertThat(quote.currency()).isEqualTo("EUR");
        assertThat(quote.subtotal()).isEqualTo(new BigDecimal("15.50"));
        assertThat(quote.treatment()).isEqualTo(TaxTreatment.DOMESTIC);
    }
}
