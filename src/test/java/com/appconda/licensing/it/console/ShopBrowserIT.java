package com.appconda.licensing.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.it.Api;
import com.appconda.licensing.it.Deployments;
import com.appconda.licensing.it.Json;
import com.appconda.licensing.it.Seed;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer buys in the shop as a person would, in Chromium: opens the shop URL the vendor's software got, adds
 * a license to the preselected one, chooses a country, is declined with one test card and pays with another, and
 * lands on the thank-you page; once on a laptop in English, once on a 390 px phone in German. Screenshots in
 * {@code target/browser-screenshots/shop-*}.
 */
@ExtendWith(ArquillianExtension.class)
class ShopBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Api vendor;
    private String licensee;

    /** A vendor of its own for each journey, so that its console lists this journey's transactions alone. */
    @BeforeEach
    void vendorWithTwoAddOnsForSale() {
        vendor = Api.signUpVendor(base, "shop-browser");
        vendor.patch("vendor", Json.object("country", "DE", "shopName", "Lumen Photo Store"))
                .ok();
        Seed.product(vendor, "LUMEN", "name", "Lumen Photo", "vatMode", "GROSS");
        Seed.module(vendor, "LUMEN", "LUMEN-ADDONS", "name", "Add-ons");
        Seed.template(vendor, "LUMEN-ADDONS", "LUMEN-RAW", "name", "RAW developer", "price", 49);
        Seed.template(vendor, "LUMEN-ADDONS", "LUMEN-HDR", "name", "HDR merge", "price", 29);
        licensee = Api.unique("photographer");
        Seed.licensee(vendor, "LUMEN", licensee);
    }

    @Test
    void aCustomerIsDeclinedOnceThenPaysAndReturnsToTheVendor() {
        String shopUrl = shopUrl();
        Journey.walk(base, "shop-en-laptop", browser -> {
            browser.resize(1280, 900);
            browser.open(shopUrl);
            assertThat(browser.pageText()).contains("Lumen Photo Store", "RAW developer", "€49.00");
            browser.click("checkoutForm:offers:0:add");
            browser.choose("checkoutForm:country", "Austria");
            browser.waitForText("gross", "€78.00");
            assertThat(browser.text("treatment")).contains("VAT of Austria");
            browser.type("checkoutForm:email", licensee + "@example.com");
            agree(browser);
            browser.screenshot("cart");
            browser.submit("checkoutForm:pay");

            assertThat(browser.pageText()).contains("Pay €78.00", "Test mode");
            browser.type("payForm:cardNumber", "4000 0000 0000 0002");
            browser.type("payForm:expiry", "12/39");
            browser.type("payForm:cvc", "123");
            browser.submit("payForm:pay");
            assertThat(browser.pageText()).contains("Your card was declined");
            browser.screenshot("declined");

            browser.click("payForm:backToShop");
            browser.choose("checkoutForm:country", "Austria");
            browser.type("checkoutForm:email", licensee + "@example.com");
            agree(browser);
            browser.submit("checkoutForm:pay");
            browser.type("payForm:cardNumber", "4242 4242 4242 4242");
            browser.type("payForm:expiry", "12/39");
            browser.type("payForm:cvc", "123");
            browser.screenshot("card");
            browser.submit("payForm:pay");

            assertThat(browser.pageText()).contains("Thank you!", "€49.00");
            browser.screenshot("paid");

            browser.open(vendor.post("shop-tokens", Json.object("licenseeNumber", licensee, "tokenType", "ACTION"))
                    .created()
                    .getString("shopUrl"));
            assertThat(browser.pageText()).contains("Your licenses", "RAW developer", "Active");
            browser.screenshot("portal");

            LoginPage.open(browser).logIn(vendor.username(), Api.PASSWORD);
            browser.go("console/payment/transactions.xhtml");
            assertThat(browser.pageText()).contains(licensee, "paid", "cancelled", "49 EUR");
            browser.screenshot("console-transactions");
            browser.click("transactionsForm:exportCsv");
            String csv = browser.downloaded("transactions.csv");
            assertThat(csv.lines())
                    .as("the header, then oldest first: the declined, the paid")
                    .hasSize(3)
                    .first()
                    .asString()
                    .startsWith("number,createdAt,closedAt,status");
            assertThat(csv.lines().skip(1))
                    .extracting(line -> line.split(",")[3])
                    .containsExactly("CANCELLED", "CLOSED");
            browser.click("transactionsForm:transactions:0:refund");
            browser.confirm();
            browser.waitForText("transactionsForm:transactions:0:state", "refunded");
            browser.go("console/payment/ledger.xhtml");
            assertThat(browser.text("balances")).contains("Balance EUR");
            assertThat(browser.script(
                            "return Array.from(document.querySelectorAll('.console-menu a[aria-current=page]'))"
                                    + ".map(a => a.textContent.trim()).join()"))
                    .as("of the two pages of one folder, only the one shown is marked")
                    .isEqualTo("Ledger");
            browser.screenshot("console-ledger");
        });
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + licensee + "&active=true"))
                .isZero();
    }

    @Test
    void aGermanCustomerBuysOnAPhone() {
        String shopUrl = shopUrl();
        Journey.walk(base, "shop-de-phone", browser -> {
            browser.resize(390, 844);
            browser.open(shopUrl + "&lang=de");
            assertThat(browser.pageText()).contains("Lizenzen kaufen", "49,00 €", "Ihre Bestellung");
            browser.screenshot("shop");
            browser.waitForText("treatment", "Preise inklusive MwSt. MwSt. von Deutschland.");
            browser.type("checkoutForm:email", licensee + "@example.de");
            agree(browser);
            browser.scrollTo("checkoutForm:pay");
            browser.screenshot("checkout");
            browser.submit("checkoutForm:pay");
            browser.type("payForm:cardNumber", "4242424242424242");
            browser.type("payForm:expiry", "12/39");
            browser.type("payForm:cvc", "123");
            browser.scrollTo("payForm:pay");
            browser.screenshot("card");
            browser.submit("payForm:pay");
            assertThat(browser.pageText()).contains("Vielen Dank!", "49,00 €");
            browser.screenshot("paid");
        });
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + licensee)).isEqualTo(1);
    }

    /** Ticks the consent box (its label is long text beside it, not a label element). */
    private static void agree(Browser browser) {
        browser.appears("[id='checkoutForm:consent'] .ui-chkbox-box").click();
        browser.waitUntil("document.getElementById('checkoutForm:consent_input').checked");
    }

    private String shopUrl() {
        JsonObject token = vendor.post(
                        "shop-tokens",
                        Json.object(
                                "licenseeNumber",
                                licensee,
                                "successUrl",
                                base + "index.html",
                                "cancelUrl",
                                base + "index.html",
                                "cancelUrlTitle",
                                "Lumen Photo",
                                "licenseTemplateNumbers",
                                Json.array("LUMEN-RAW")))
                .created();
        return token.getString("shopUrl");
    }
}
