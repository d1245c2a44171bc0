package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole purchase with the sandbox provider, as a buyer's browser does it over HTTP: the vendor's software asks
 * for a shop token, the buyer checks out and pays on the sandbox card page. Success creates the licenses and books
 * the ledger once; a decline, a cancel, a revoked token or another vendor's template create nothing; a replayed and
 * a concurrent double payment charge once; a refund reverses the money and deactivates the licenses.
 */
@ExtendWith(ArquillianExtension.class)
class ShopFlowIT {

    static final String SUCCEEDS = "4242 4242 4242 4242";
    static final String DECLINED = "4000 0000 0000 0002";
    static final String FAILS_LATE = "4000000000000119";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api vendor;
    private static Api otherVendor;
    private String licensee;

    @BeforeEach
    void vendorWithAProductForSale() {
        if (vendor == null) {
            vendor = Api.signUpVendor(base, "shop");
            vendor.patch("vendor", Json.object("country", "DE", "shopName", "Shop IT Store"))
                    .ok();
            Seed.product(vendor, "SHOP-P", "vatMode", "GROSS");
            Seed.module(vendor, "SHOP-P", "SHOP-ADDONS");
            Seed.template(vendor, "SHOP-ADDONS", "SHOP-PDF", "price", 119, "currency", "EUR");
            Seed.template(vendor, "SHOP-ADDONS", "SHOP-SECRET", "price", 1, "currency", "EUR", "hidden", true);
            Seed.module(vendor, "SHOP-P", "SHOP-UPDATES", "licensingModel", "Subscription");
            Seed.template(
                    vendor,
                    "SHOP-UPDATES",
                    "SHOP-YEAR",
                    "licenseType",
                    "TIMEVOLUME",
                    "timeVolume",
                    1,
                    "timeVolumePeriod",
                    "YEAR",
                    "price",
                    60);
            otherVendor = Api.signUpVendor(base, "shop-other");
            Seed.product(otherVendor, "OTHER-P");
            Seed.module(otherVendor, "OTHER-P", "OTHER-M");
            Seed.template(otherVendor, "OTHER-M", "OTHER-T", "price", 5, "currency", "EUR");
        }
        licensee = Api.unique("buyer");
        Seed.licensee(vendor, "SHOP-P", licensee);
    }

    @Test
    void aPaidCartCreatesItsLicensesBooksTheLedgerAndReturnsToTheVendor() {
        JsonObject token = shopToken("SHOP-PDF");
        ShopBuyer buyer = buyer();
        ShopBuyer.Page shop = buyer.get(token.getString("shopUrl"));
        assertThat(shop.status()).isEqualTo(200);
        assertThat(shop.html()).contains("Shop IT Store").contains("€119.00").doesNotContain("SHOP-SECRET");
        assertThat(shop.text("vat")).as("19 %% of a gross 119").isEqualTo("€19.00");

        ShopBuyer.Page paid = buyer.pay(buyer.checkout(shop, "DE", licensee + "@example.com"), SUCCEEDS);
        ShopBuyer.Page done = buyer.follow(paid);

        assertThat(done.html()).contains("Thank you").contains("https://vendor.example/thanks");
        JsonObject transaction = onlyTransaction();
        assertThat(transaction.getString("status")).isEqualTo("CLOSED");
        assertThat(transaction.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("119");
        assertThat(transaction.getJsonNumber("vat").bigDecimalValue()).isEqualByComparingTo("19");
        assertThat(transaction.getJsonNumber("fee").bigDecimalValue())
                .as("2.5 %% of the net 100 (it.server.options)")
                .isEqualByComparingTo("2.5");
        assertThat(licenses()).hasSize(1);
        assertThat(vendor.get("licensees/" + Api.q(licensee + "@example.com"))
                        .ok()
                        .getString("number"))
                .as("the buyer's e-mail became an alias")
                .isEqualTo(licensee);
        assertThat(addOns().getBoolean("valid"))
                .as("the bought add-on validates")
                .isTrue();
    }

    @Test
    void aDeclinedOrFailingCardAndACancelCreateNothing() {
        ShopBuyer buyer = buyer();
        ShopBuyer.Page declined = buyer.pay(
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "DE", "d@example.com"), DECLINED);
        assertThat(declined.location()).isNull();
        assertThat(declined.html()).contains("Your card was declined");

        ShopBuyer.Page failed = buyer.pay(
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "DE", "f@example.com"),
                FAILS_LATE);
        assertThat(failed.html()).contains("did not answer");

        ShopBuyer.Page sandbox =
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "DE", "c@example.com");
        ShopBuyer.Page cancelled = buyer.follow(buyer.post(sandbox, "payForm", "cancel"));
        assertThat(cancelled.html()).contains("Payment cancelled").contains("https://vendor.example/app");

        assertThat(transactions())
                .extracting(t -> t.getString("status"))
                .containsExactly("CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(licenses()).isEmpty();
        assertThat(vendor.get("transactions?licenseeNumber=" + licensee + "&status=CLOSED")
                        .ok()
                        .getJsonNumber("totalItems")
                        .longValue())
                .isZero();
    }

    @Test
    void aRevokedTokenAndAnotherVendorsTemplateOpenNothing() {
        JsonObject token = shopToken("SHOP-PDF");
        ShopBuyer buyer = buyer();
        ShopBuyer.Page shop = buyer.get(token.getString("shopUrl"));
        vendor.delete("shop-tokens/" + token.getString("number")).ok();

        assertThat(buyer.get(token.getString("shopUrl")).html()).contains("This shop link is not valid");
        ShopBuyer.Page refused = buyer.post(
                shop,
                "checkoutForm",
                "pay",
                "checkoutForm:country_input",
                "DE",
                "checkoutForm:email",
                "x@example.com",
                "checkoutForm:consent_input",
                "on");
        assertThat(refused.location()).as("no payment page for a revoked token").isNull();
        String junk = token.getString("shopUrl").replaceFirst("token=.*", "token=als_" + "x".repeat(43));
        assertThat(buyer.get(junk).html()).contains("This shop link is not valid");

        vendor.post(
                        "shop-tokens",
                        Json.object("licenseeNumber", licensee, "licenseTemplateNumbers", Json.array("OTHER-T")))
                .problemNaming(400, "licenseTemplateNumbers");
        vendor.post(
                        "shop-tokens",
                        Json.object("licenseeNumber", licensee, "licenseTemplateNumbers", Json.array("SHOP-SECRET")))
                .problemNaming(400, "licenseTemplateNumbers");
        otherVendor.get("shop-tokens/" + token.getString("number")).problem(404);
        otherVendor.post("shop-tokens", Json.object("licenseeNumber", licensee)).problemNaming(400, "licenseeNumber");
        vendor.post("shop-tokens", Json.object("licenseeNumber", licensee, "successUrl", "javascript:alert(1)"))
                .problemNaming(400, "successUrl");
        vendor.post("shop-tokens", Json.object("licenseeNumber", licensee, "expiresInMinutes", 0))
                .problemNaming(400, "expiresInMinutes");
        assertThat(transactions()).isEmpty();
    }

    @Test
    void aReplayedAndAConcurrentDoublePaymentChargeOnce() throws Exception {
        ShopBuyer buyer = buyer();
        ShopBuyer.Page sandbox =
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "DE", "r@example.com");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ShopBuyer.Page>> clicks = List.of(
                CompletableFuture.supplyAsync(() -> await(start, () -> buyer.pay(sandbox, SUCCEEDS))),
                CompletableFuture.supplyAsync(() -> await(start, () -> buyer.pay(sandbox, SUCCEEDS))));
        start.countDown();
        for (CompletableFuture<ShopBuyer.Page> click : clicks) {
            assertThat(click.get().location())
                    .as("both clicks end on the paid page")
                    .contains("done.xhtml");
        }
        ShopBuyer.Page replayed = buyer.pay(sandbox, SUCCEEDS);
        assertThat(replayed.location()).as("the form posted again").contains("done.xhtml");

        assertThat(licenses()).hasSize(1);
        JsonObject transaction = onlyTransaction();
        List<JsonObject> entries = ledgerOf(transaction.getString("number"));
        assertThat(entries).extracting(e -> e.getString("kind")).containsExactlyInAnyOrder("GROSS", "VAT", "FEE");
    }

    @Test
    void aNewerCheckoutReplacesAnOlderPendingOneSoTwoTabsBuyOnce() {
        JsonObject token = shopToken("SHOP-PDF");
        ShopBuyer firstTab = buyer();
        ShopBuyer secondTab = buyer();
        ShopBuyer.Page older = firstTab.checkout(firstTab.get(token.getString("shopUrl")), "DE", "t@example.com");
        ShopBuyer.Page newer = secondTab.checkout(secondTab.get(token.getString("shopUrl")), "DE", "t@example.com");

        assertThat(firstTab.pay(older, SUCCEEDS).html()).contains("can no longer be paid");
        assertThat(secondTab.pay(newer, SUCCEEDS).location()).contains("done.xhtml");
        assertThat(licenses()).hasSize(1);
        assertThat(transactions())
                .extracting(t -> t.getString("status"))
                .containsExactlyInAnyOrder("CLOSED", "CANCELLED");
    }

    @Test
    void aRefundReversesTheLedgerAndDeactivatesTheLicensesOnce() {
        ShopBuyer buyer = buyer();
        buyer.pay(
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "AT", "a@example.com"), SUCCEEDS);
        JsonObject paid = onlyTransaction();
        String number = paid.getString("number");
        BigDecimal kept = paid.getJsonNumber("vendorShare").bigDecimalValue();
        BigDecimal balanceBefore = balance();

        JsonObject refunded =
                vendor.post("transactions/" + number + "/refund", Json.object()).ok();

        assertThat(refunded.getBoolean("refunded")).isTrue();
        assertThat(licenses()).extracting(l -> l.getBoolean("active")).containsExactly(false);
        assertThat(ledgerOf(number)).hasSize(6);
        BigDecimal gross = refunded.getJsonNumber("gross").bigDecimalValue();
        assertThat(refunded.getJsonNumber("vendorShare").bigDecimalValue())
                .as("a refunded sale leaves the vendor nothing")
                .isEqualByComparingTo("0");
        assertThat(gross).as("an Austrian consumer pays the stated gross price").isEqualByComparingTo("119");
        assertThat(refunded.getJsonNumber("vatPercent").bigDecimalValue()).isEqualByComparingTo("20");
        assertThat(balance()).isEqualByComparingTo(balanceBefore.subtract(kept));
        vendor.post("transactions/" + number + "/refund", Json.object()).problem(422);
        assertThat(addOns().getBoolean("valid"))
                .as("the refunded add-on no longer validates")
                .isFalse();
    }

    @Test
    void theTransactionsAndTheLedgerExportAsCsvOldestFirst() {
        ShopBuyer buyer = buyer();
        buyer.pay(
                buyer.checkout(buyer.get(shopToken("SHOP-PDF").getString("shopUrl")), "DE", "csv@example.com"),
                SUCCEEDS);
        String number = onlyTransaction().getString("number");

        Reply transactions =
                vendor.sendWithHeader("GET", "transactions?licenseeNumber=" + licensee, null, "Accept", "text/csv");
        assertThat(transactions.status()).isEqualTo(200);
        assertThat(transactions.header("Content-Type")).startsWith("text/csv");
        List<String> lines = transactions.body().lines().toList();
        assertThat(lines.get(0)).startsWith("number,createdAt,closedAt,status,refunded,licenseeNumber");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith(number + ",")
                .contains(",CLOSED,false," + licensee + ",csv@example.com,DE,");
        assertThat(lines.get(1)).contains(",119,2.5,97.5,SANDBOX,1 x SHOP-PDF,");

        Reply ledger = vendor.sendWithHeader("GET", "ledger?currency=EUR", null, "Accept", "text/csv");
        assertThat(ledger.body().lines().filter(line -> line.contains("," + number + ",")))
                .extracting(line -> line.split(",")[2] + " " + line.split(",")[4])
                .containsExactly("GROSS 119", "VAT -19", "FEE -2.5");
        vendor.sendWithHeader("GET", "transactions?status=PAID", null, "Accept", "text/csv")
                .problemNaming(400, "status");
    }

    @Test
    void thePortalShowsTheLicensesAndRenewsAYearInTheShop() {
        ShopBuyer buyer = buyer();
        buyer.pay(
                buyer.checkout(buyer.get(shopToken("SHOP-YEAR").getString("shopUrl")), "DE", "p@example.com"),
                SUCCEEDS);
        JsonObject action = vendor.post("shop-tokens", Json.object("licenseeNumber", licensee, "tokenType", "ACTION"))
                .created();
        assertThat(action.getString("shopUrl")).contains("/shop/portal.xhtml?token=als_");

        ShopBuyer.Page portal = buyer.get(action.getString("shopUrl"));
        assertThat(portal.html()).contains("Your licenses", "Template SHOP-YEAR", "Valid until", "Renew");
        Matcher renew = Pattern.compile("href=\"([^\"]*add=SHOP-YEAR)\"").matcher(portal.html());
        assertThat(renew.find()).as("a renewal link").isTrue();
        ShopBuyer.Page shop = buyer.get(action.getString("shopUrl").replaceFirst("portal\\.xhtml.*", "")
                + renew.group(1).replace("&amp;", "&"));
        assertThat(shop.text("gross")).as("the year in the cart").isEqualTo("€60.00");
        buyer.pay(buyer.checkout(shop, "DE", "p@example.com"), SUCCEEDS);

        List<JsonObject> years = LicenseeApiIT.items(
                        vendor.get("licenses?licenseeNumber=" + licensee).ok())
                .stream()
                .filter(l -> l.getString("licenseTemplateNumber").equals("SHOP-YEAR"))
                .toList();
        assertThat(years).hasSize(2);
        String expires = Broker.module(
                        vendor.post("licensees/" + licensee + "/validate", Json.object())
                                .ok(),
                        "SHOP-UPDATES")
                .getString("expires");
        assertThat(expires)
                .as("the renewal bought before the year ended is appended after it")
                .startsWith(String.valueOf(
                        java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 2));
        assertThat(buyer.get(shopToken("SHOP-PDF").getString("shopUrl").replace("index.xhtml", "portal.xhtml"))
                        .html())
                .as("a SHOP token opens no portal")
                .contains("This shop link is not valid");
    }

    private interface Click {
        ShopBuyer.Page run();
    }

    private static ShopBuyer.Page await(CountDownLatch start, Click click) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return click.run();
    }

    /** The Broker's answer for the licensee's add-on module. */
    private JsonObject addOns() {
        return Broker.module(
                vendor.post("licensees/" + licensee + "/validate", Json.object())
                        .ok(),
                "SHOP-ADDONS");
    }

    private ShopBuyer buyer() {
        return new ShopBuyer(vendor.serverRoot());
    }

    private JsonObject shopToken(String preselected) {
        return vendor.post(
                        "shop-tokens",
                        Json.object(
                                "licenseeNumber",
                                licensee,
                                "successUrl",
                                "https://vendor.example/thanks",
                                "cancelUrl",
                                "https://vendor.example/app",
                                "licenseTemplateNumbers",
                                Json.array(preselected)))
                .created();
    }

    private List<JsonObject> transactions() {
        return LicenseeApiIT.items(
                vendor.get("transactions?licenseeNumber=" + licensee).ok());
    }

    private JsonObject onlyTransaction() {
        List<JsonObject> all = transactions();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<JsonObject> licenses() {
        return LicenseeApiIT.items(
                        vendor.get("licenses?licenseeNumber=" + licensee).ok())
                .stream()
                .filter(l -> l.getString("licenseTemplateNumber").equals("SHOP-PDF"))
                .toList();
    }

    private List<JsonObject> ledgerOf(String transaction) {
        return LicenseeApiIT.items(vendor.get("ledger?size=500").ok()).stream()
                .filter(e -> e.getString("transactionNumber").equals(transaction))
                .toList();
    }

    private BigDecimal balance() {
        return vendor.get("ledger/balances").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("currency").equals("EUR"))
                .map(b -> b.getJsonNumber("balance").bigDecimalValue())
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
