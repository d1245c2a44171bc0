package com.appconda.licensing.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.it.Api;
import com.appconda.licensing.it.Deployments;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of page under its content security policy in a real browser: the home page, sign-up, the dashboard's
 * chart, a list with its dialog, the pages the other journeys do not open, the not-found page, the API reference and
 * the logout. The journey ends with no violation ({@link Journey}); it first proves that the
 * browser does report one, so an empty list means the pages kept to their policies.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyKindOfPageWorksWithinItsPolicy() {
        String id = Api.unique("csp").toLowerCase(Locale.ROOT);
        Journey.walk(base, "content-security-policy", browser -> {
            browser.go("");
            assertThat(browser.title()).isEqualTo("AppLicensing");
            anInjectedInlineScriptIsRefusedAndReported(browser);

            SignUpPage signUp = new SignUpPage(browser);
            signUp.fill("Policy Works Ltd", id, Api.PASSWORD);
            signUp.submit();
            assertThat(browser.url()).contains("/console/index.xhtml");
            browser.waitUntil("(() => { const canvas = document.querySelector('[id=\"validationsChart\"] canvas');"
                    + " return !!(canvas && window.Chart && Chart.getChart(canvas) && canvas.width > 0); })()");
            browser.screenshot("dashboard-chart");

            aDialogOpensCancelsAndSaves(browser, id);
            rotatingASigningKeyAsksFirst(browser);
            for (String page : List.of("console/license/list.xhtml", "console/settings/profile.xhtml")) {
                browser.go(page);
                assertThat(browser.exists("sessionForm:logout")).as(page).isTrue();
            }

            browser.go("no-such-page");
            assertThat(browser.pageText()).contains("Page not found");
            browser.go("openapi-ui/");
            browser.appears(".opblock");
            assertThat(browser.pageText()).contains("/api/v1/products");
            browser.screenshot("api-reference");

            browser.go("console/index.xhtml");
            LoginPage.logOut(browser);
            assertThat(browser.pageText()).contains("You have logged out.");
        });
    }

    /** The recorder is not blind: a script injected into the page is refused and reported, then forgotten. */
    private static void anInjectedInlineScriptIsRefusedAndReported(Browser browser) {
        browser.script("const injected = document.createElement('script');"
                + " injected.textContent = 'window.injectedRan = true';"
                + " document.body.appendChild(injected);");
        browser.waitUntil("JSON.parse(sessionStorage.getItem('cspViolations') || '[]').length > 0");

        assertThat(browser.cspViolations()).singleElement().asString().contains("script-src", "inline");
        assertThat(browser.script("return window.injectedRan === true;")).isEqualTo(false);
        browser.forgetCspViolations();
    }

    /** Buttons whose handlers PrimeFaces moved out of the markup: open, cancel, open again, save. */
    private static void aDialogOpensCancelsAndSaves(Browser browser, String id) {
        ProductsPage products = new ProductsPage(browser);
        products.startCreate("P-" + id, "Never saved");
        browser.click("productForm:cancel");
        browser.waitUntil("!PF('productDialog').isVisible()");
        products.startCreate("P-" + id, "Policy Studio");
        browser.screenshot("product-dialog");
        products.save();
        browser.waitUntil("!PF('productDialog').isVisible()");
        assertThat(browser.rows("productsForm:products"))
                .singleElement()
                .asString()
                .contains("Policy Studio");
    }

    private static void rotatingASigningKeyAsksFirst(Browser browser) {
        browser.go("console/signingkey/list.xhtml");
        browser.click("signingKeysForm:rotate");
        browser.confirm();
        assertThat(browser.rows("signingKeysForm:signingKeys")).anyMatch(row -> row.contains("signs now"));
    }
}
