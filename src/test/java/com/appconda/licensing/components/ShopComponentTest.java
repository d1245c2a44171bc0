package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.catalog.boundary.DiscountRequest;
import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.payment.boundary.PaymentStatus;
import com.appconda.licensing.payment.boundary.PendingPaymentExpiry;
import com.appconda.licensing.payment.boundary.SandboxPayments;
import com.appconda.licensing.payment.control.PaymentProvider;
import com.appconda.licensing.payment.control.Settlement;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.PaymentTransactionProcessed;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.payment.entity.TaxTreatment;
import com.appconda.licensing.payment.entity.TransactionStatus;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.shop.boundary.CheckoutRequest;
import com.appconda.licensing.shop.boundary.CustomerPortal;
import com.appconda.licensing.shop.boundary.PortalLicense;
import com.appconda.licensing.shop.boundary.PortalView;
import com.appconda.licensing.shop.boundary.Shop;
import com.appconda.licensing.shop.boundary.ShopTokenRequest;
import com.appconda.licensing.shop.boundary.ShopTokens;
import com.appconda.licensing.shop.entity.ShopClosedException;
import com.appconda.licensing.vendor.boundary.VendorProfileRequest;
import com.appconda.licensing.vendor.boundary.VendorRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop and the sandbox provider on the real schema, with a clock the test moves: a shop link and a pending
 * payment expire, checkout refuses what a buyer must not get past, the product's discount and the buyer's VAT
 * treatment price the cart, and a payment that arrives after its transaction was cancelled is still delivered.
 */
class ShopComponentTest {

    private static final PaymentProvider.ReturnPages PAGES =
            new PaymentProvider.ReturnPages(URI.create("https://licensing.example/shop/"));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private TestDatabase database;
    private Components world;
    private String secret;

    @BeforeEach
    void vendorInGermanyWithAProductForSale() {
        database = TestDatabase.fresh();
        world = new Components(database, clock);
        world.actingAs(Vendors.signUp(world, "Shop Components"));
        world.run(() -> {
            world.get(VendorRegistry.class)
                    .updateProfile(new VendorProfileRequest(null, null, null, null, "DE", null, null));
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "P",
                            "Product",
                            null,
                            null,
                            null,
                            null,
                            null,
                            "NET",
                            null,
                            List.of(new DiscountRequest(new BigDecimal("300"), "EUR", null, new BigDecimal("10"))),
                            null,
                            null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("M", "M", "P", "MultiFeature", null, Map.of(), null));
            template("T", "100.00", false);
            template("HIDDEN", "1.00", true);
            world.get(LicenseeRegistry.class)
                    .create(new LicenseeRequest("C", null, "P", null, null, null, null, null, null));
        });
        secret = shopUrlSecret(world.call(() -> world.get(ShopTokens.class)
                .create(
                        new ShopTokenRequest("C", null, null, null, null, null, List.of("T"), 10),
                        URI.create("https://licensing.example/"))
                .shopUrl()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theCartIsPricedWithTheProductsDiscountAndTheBuyersVat() {
        Quote home = world.call(() -> world.get(Shop.class).quote(secret, Map.of("T", 3), "DE", null));
        assertThat(home.subtotal()).isEqualByComparingTo("300.00");
        assertThat(home.discount()).as("10 %% from 300 on").isEqualByComparingTo("30.00");
        assertThat(home.vat()).as("19 %% on the net 270").isEqualByComparingTo("51.30");
        assertThat(home.gross()).isEqualByComparingTo("321.30");

        Quote business = world.call(() -> world.get(Shop.class).quote(secret, Map.of("T", 1), "FR", "FR40303265045"));
        assertThat(business.treatment()).isEqualTo(TaxTreatment.EU_REVERSE_CHARGE);
        assertThat(business.gross()).isEqualByComparingTo("100.00");
        Quote abroad = world.call(() -> world.get(Shop.class).quote(secret, Map.of("T", 1), "US", null));
        assertThat(abroad.treatment()).isEqualTo(TaxTreatment.OUTSIDE_EU);
    }

    @Test
    void checkoutRefusesWhatABuyerMustNotGetPastAndOpensNothingThen() {
        assertRefused(new CheckoutRequest(Map.of("T", 1), "DE", null, "buyer@example.com", false), "consent");
        assertRefused(new CheckoutRequest(Map.of("T", 1), "DE", null, "not an address", true), "email");
        assertRefused(new CheckoutRequest(Map.of("T", 1), "FR", "DE123", "b@example.com", true), "vatId");
        assertRefused(new CheckoutRequest(Map.of("T", 0), "DE", null, "b@example.com", true), "quantity");
        assertRefused(new CheckoutRequest(Map.of("HIDDEN", 1), "DE", null, "b@example.com", true), "cart");
        assertRefused(new CheckoutRequest(Map.of(), "DE", null, "b@example.com", true), "cart");
        assertRefused(new CheckoutRequest(Map.of("T", 1), "XX", null, "b@example.com", true), "country");
        assertRefused(new CheckoutRequest(Map.of("T", 1), "DE", "DE".repeat(20), "b@example.com", true), "vatId");
        Map<String, Integer> cleared = new HashMap<>();
        cleared.put("T", null);
        assertRefused(new CheckoutRequest(cleared, "DE", null, "b@example.com", true), "quantity");
        assertThatThrownBy(() -> world.call(() -> world.get(PaymentStatus.class).of("sbx_\u0000")))
                .as("a reference no database stores")
                .isInstanceOf(UnknownEntityException.class);
        List<String> tooMany = IntStream.range(0, 31).mapToObj(i -> "T" + i).toList();
        assertThatThrownBy(() -> world.call(() -> world.get(ShopTokens.class)
                        .create(
                                new ShopTokenRequest("C", null, null, null, null, null, tooMany, 10),
                                URI.create("https://licensing.example/"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 30");
        assertThat(transactions()).isEmpty();
    }

    @Test
    void aShopLinkOpensUntilItExpires() {
        world.call(() -> world.get(Shop.class).open(secret));
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> world.call(() -> world.get(Shop.class).open(secret)))
                .isInstanceOf(ShopClosedException.class);
    }

    @Test
    void aPendingPaymentExpiresAndCannotBePaidAfterwards() {
        String session = checkout();
        clock.advance(Duration.ofMinutes(31));

        world.run(() -> world.get(PendingPaymentExpiry.class).cancelExpired());

        PaymentTransaction expired = transactions().get(0);
        assertThat(expired.getStatus()).isEqualTo(TransactionStatus.CANCELLED);
        assertThat(expired.getFailure()).contains("expired");
        assertThat(world.call(() -> world.get(SandboxPayments.class).pay(session, "4242424242424242", "12/39", "123")))
                .isEqualTo(SandboxPayments.Result.NOT_PAYABLE);
        assertThat(licenseCount()).isZero();
        assertThat(world.fired(PaymentTransactionProcessed.class))
                .extracting(PaymentTransactionProcessed::status)
                .containsExactly(TransactionStatus.CANCELLED);
    }

    @Test
    void moneyThatArrivesAfterTheTransactionWasCancelledIsStillDelivered() {
        String session = checkout();
        world.run(() -> world.get(SandboxPayments.class).cancel(session));

        world.run(() -> {
            Settlement settlement = world.get(Settlement.class);
            PaymentTransaction cancelled =
                    settlement.lockByReference("SANDBOX", session).orElseThrow();
            assertThat(settlement.succeed(cancelled, clock.instant())).isTrue();
            assertThat(settlement.succeed(cancelled, clock.instant()))
                    .as("once")
                    .isFalse();
        });

        assertThat(transactions().get(0).getStatus()).isEqualTo(TransactionStatus.CLOSED);
        assertThat(licenseCount()).isEqualTo(1);
    }

    @Test
    void thePortalShowsTheLicensesACustomerMaySeeAndOnlyToAnActionToken() {
        String session = checkout();
        world.call(() -> world.get(SandboxPayments.class).pay(session, "4242424242424242", "12/39", "123"));
        world.run(() -> {
            world.get(LicenseTemplateCatalog.class)
                    .create(Requests.featureTemplate("INTERNAL", "M", BigDecimal.ZERO, true, true));
            world.get(LicenseIssuer.class).issue(Requests.license("C", "INTERNAL"));
        });
        String action = shopUrlSecret(world.call(() -> world.get(ShopTokens.class)
                .create(
                        new ShopTokenRequest("C", "ACTION", null, null, null, null, null, 10),
                        URI.create("https://licensing.example/"))
                .shopUrl()));

        PortalView portal = world.call(() -> world.get(CustomerPortal.class).open(action));

        assertThat(portal.licenses())
                .as("the bought one, not the one whose template hides its licenses")
                .extracting(PortalLicense::templateNumber)
                .containsExactly("T");
        assertThat(portal.licenses().get(0).forSale()).isTrue();
        assertThat(portal.shopHasOffers()).isTrue();
        assertThatThrownBy(
                        () -> world.call(() -> world.get(CustomerPortal.class).open(secret)))
                .as("a SHOP token")
                .isInstanceOf(ShopClosedException.class);
        assertThat(world.call(() -> world.get(Shop.class).open(action)).offers())
                .as("the portal's token opens the shop too")
                .extracting(offer -> offer.templateNumber())
                .containsExactly("T");
    }

    private String checkout() {
        URI payPage = world.call(() -> world.get(Shop.class)
                .checkout(secret, new CheckoutRequest(Map.of("T", 1), "DE", null, "b@example.com", true), PAGES));
        assertThat(payPage.toString()).startsWith("https://licensing.example/shop/payment/sandbox.xhtml?session=");
        return payPage.getQuery().substring("session=".length());
    }

    private void assertRefused(CheckoutRequest request, String field) {
        assertThatThrownBy(() -> world.call(() -> world.get(Shop.class).checkout(secret, request, PAGES)))
                .as(field)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal ->
                        assertThat(((InvalidInputException) refusal).fields()).containsKey(field));
    }

    private List<PaymentTransaction> transactions() {
        return world.call(() -> world.entityManager()
                .createQuery("select t from PaymentTransaction t", PaymentTransaction.class)
                .getResultList());
    }

    private long licenseCount() {
        return world.call(() -> world.entityManager()
                .createQuery("select count(l) from License l where l.licenseTemplate.number = 'T'", Long.class)
                .getSingleResult());
    }

    private void template(String number, String price, boolean hidden) {
        world.get(LicenseTemplateCatalog.class)
                .create(Requests.featureTemplate(number, "M", new BigDecimal(price), hidden, false));
    }

    private static String shopUrlSecret(String shopUrl) {
        return shopUrl.substring(shopUrl.indexOf("token=") + "token=".length());
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
