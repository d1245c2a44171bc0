package com.appconda.licensing.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.it.Api;
import com.appconda.licensing.it.Broker;
import com.appconda.licensing.it.Deployments;
import com.appconda.licensing.it.FacesForm;
import com.appconda.licensing.it.Json;
import com.appconda.licensing.it.Seed;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vendor console in a real browser (Debian's headless Chromium): the journeys a vendor makes, each from a
 * fresh browser and a fresh vendor account, and none breaking the content security policy. Screenshots land in
 * {@code target/browser-screenshots/<journey>/}.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void vendorSignsUpBuildsACatalogIssuesLicensesAndSeesValidationFollowThem() {
        String id = Api.unique("v").toLowerCase(Locale.ROOT);
        walk("catalog-to-validation", browser -> {
            signUp(browser, id, "Lumen Photo Software");
            assertThat(browser.url()).contains("/console/index.xhtml");
            assertThat(browser.pageText())
                    .contains("Welcome, Lumen Photo Software")
                    .contains("Validations today");
            browser.screenshot("dashboard-after-sign-up");

            ProductsPage products = new ProductsPage(browser);
            products.startCreate("P-" + id, "Lumen Studio");
            browser.screenshot("product-dialog");
            products.save();
            assertThat(browser.rows("productsForm:products")).anyMatch(row -> row.contains("Lumen Studio"));
            browser.screenshot("products");
            products.startEdit(0);
            assertThat(products.dialogTitle()).isEqualTo("Edit product");
            browser.screenshot("product-edit-dialog");
            products.cancel();
            products.startCreate("P-" + id, "Same number again");
            assertThat(products.dialogTitle())
                    .as("after an edit, a new product again")
                    .isEqualTo("New product");
            products.save();
            assertThat(browser.text("productDialog"))
                    .as("the refusal next to the field, the dialog still open")
                    .contains("Already taken.");
            assertThat(browser.rows("productsForm:products")).hasSize(1);
            browser.screenshot("duplicate-number-refused");

            ModulesPage modules = new ModulesPage(browser, "P-" + id);
            modules.startCreate("M-EDIT-" + id, "Editor", "Subscription");
            modules.save();
            modules.startCreate("M-SEAT-" + id, "Render seats", "Floating");
            modules.parameter("maxCheckoutValidity", "ten minutes");
            modules.save();
            assertThat(browser.text("moduleDialog"))
                    .as("a model parameter's problem beside its input in the dialog, not behind the mask")
                    .contains("Must be a whole number")
                    .doesNotContain("properties.");
            assertThat(browser.text("messages")).isEqualTo("Please correct the marked fields.");
            browser.screenshot("model-parameter-refused-in-the-dialog");
            modules.parameter("maxCheckoutValidity", "600");
            browser.screenshot("floating-module-with-its-parameters");
            modules.save();
            assertThat(browser.rows("modulesForm:modules"))
                    .hasSize(2)
                    .anyMatch(row -> row.contains("Subscription"))
                    .anyMatch(row -> row.contains("maxCheckoutValidity=600"));
            browser.screenshot("modules");

            TemplatesPage subscriptions = new TemplatesPage(browser, "M-EDIT-" + id);
            subscriptions.startCreate(
                    "T-MONTH-" + id, "Editor, 30 days", "Time volume (days, weeks, months, years)", "9.90");
            subscriptions.timeVolume("30");
            browser.screenshot("time-volume-template-dialog");
            subscriptions.save();
            assertThat(browser.rows("templatesForm:templates")).anyMatch(row -> row.contains("30 × DAY"));
            browser.screenshot("templates");
            TemplatesPage seats = new TemplatesPage(browser, "M-SEAT-" + id);
            seats.startCreate("T-SEATS-" + id, "Five render seats", "Floating (concurrent seats)", "49");
            seats.seats("5");
            seats.save();
            assertThat(browser.rows("templatesForm:templates")).anyMatch(row -> row.contains("5 seats"));

            LicenseesPage licensees = new LicenseesPage(browser);
            licensees.startCreate("Lumen Studio (P-" + id + ")", "C-" + id, "Darkroom GmbH");
            licensees.save();
            LicenseePage licensee = licensees.openCreated();
            licensee.issue("Editor, 30 days", "Five render seats");
            assertThat(licensee.licenses()).hasSize(2);

            assertThat(licensee.validateNow()).isEqualTo("Valid");
            assertThat(licensee.moduleResults())
                    .hasSize(2)
                    .allMatch(row -> row.contains("valid") && !row.contains("not valid"));
            browser.screenshot("validate-now-valid");

            Api vendor = Api.anonymous(base).withBasic(id, PASSWORD);
            vendor.post(
                            "licensees/C-" + id + "/validate",
                            Json.object(
                                    "productNumber",
                                    "P-" + id,
                                    "modules",
                                    Json.object("M-SEAT-" + id, Json.object("sessionId", "render-node-7"))))
                    .ok();
            LicenseePage.open(browser, "C-" + id);
            assertThat(licensee.sessions()).singleElement().asString().contains("render-node-7");
            browser.scrollTo("sessionsForm:sessions");
            browser.screenshot("floating-session-in-use");
            licensee.release(0);
            assertThat(licensee.sessions()).singleElement().asString().contains("No session holds a seat");

            int seatLicense = licensee.licenses().stream()
                    .filter(row -> row.contains("FLOATING"))
                    .findFirst()
                    .map(row -> licensee.licenses().indexOf(row))
                    .orElseThrow();
            assertThat(licensee.validateNow()).isEqualTo("Valid");
            licensee.deactivate(seatLicense);
            assertThat(licensee.licenses().get(seatLicense)).contains("inactive");
            assertThat(browser.text("validateForm:stale"))
                    .as("the answer given before the deactivation is marked out of date")
                    .contains("Out of date");
            browser.screenshot("validate-now-out-of-date");
            assertThat(licensee.validateNow()).isEqualTo("Not valid");
            assertThat(browser.exists("validateForm:stale")).isFalse();
            assertThat(licensee.moduleResults())
                    .anyMatch(row -> row.contains("Render seats") && row.contains("not valid"));
            browser.screenshot("validate-now-invalid-after-deactivation");

            LicenseesPage list = new LicenseesPage(browser);
            list.filterByNumber(("c-" + id).substring(0, 5), "C-" + id);
            assertThat(list.rows()).singleElement().asString().contains("Darkroom GmbH");
            list.filterByNumber("zz-none", "No licensees match “zz-none”.");
            browser.screenshot("licensee-filter-matches-nothing");

            browser.resize(390, 844);
            new ProductsPage(browser).startCreate("P2-" + id, "Phone product");
            assertThat(browser.script(
                            "const save = document.getElementById('productForm:save').getBoundingClientRect();"
                                    + " return save.top >= 0 && save.bottom <= window.innerHeight;"))
                    .as("the tall dialog's Save button is on the phone's screen")
                    .isEqualTo(true);
            browser.screenshot("product-dialog-390px");
            LicenseePage.open(browser, "C-" + id);
            browser.screenshot("licensee-page-390px");
            browser.go("console/index.xhtml");
            assertThat(browser.text("productCount")).isEqualTo("1");
            assertThat(browser.text("activeLicenseCount")).isEqualTo("1");
            browser.screenshot("dashboard-390px");
            browser.click("menuToggle");
            browser.waitUntil("document.body.classList.contains('menu-open')");
            assertThat(browser.visible("menu").isDisplayed()).isTrue();
            browser.screenshot("menu-unfolded-390px");
            browser.click("menuToggle");
            browser.waitUntil("!document.body.classList.contains('menu-open')");
        });
    }

    @Test
    void anApiKeyCreatedInTheConsoleWorksUntilItIsRevoked() {
        String id = Api.unique("k").toLowerCase(Locale.ROOT);
        walk("api-key", browser -> {
            signUp(browser, id, "Keyholder Ltd");
            ApiKeysPage keys = new ApiKeysPage(browser);
            String secret = keys.create("Read-only: read everything, change nothing", "build server");
            assertThat(secret).isNotBlank();
            browser.screenshot("new-key-shown-once");
            Api withKey = Api.anonymous(base).withBearer(secret);
            withKey.get("products").ok();

            keys.done();
            assertThat(browser.pageText()).doesNotContain(secret);
            assertThat(browser.rows("apiKeysForm:apiKeys").get(0))
                    .as("the key is listed by the start of its secret")
                    .contains(secret.substring(0, 10));
            assertThat(keys.state(0)).isEqualTo("usable");
            keys.revoke(0);
            assertThat(keys.state(0)).startsWith("revoked");
            browser.screenshot("key-revoked");
            withKey.get("products").problem(401);
        });
    }

    @Test
    void aLicenseeIsEditedOnItsPageAndItsLicensesAreDeactivatedTogether() {
        String id = Api.unique("e").toLowerCase(Locale.ROOT);
        walk("licensee-edit", browser -> {
            signUp(browser, id, "Editors Inc");
            Api vendor = Api.anonymous(base).withBasic(id, PASSWORD);
            String product = "P-" + id;
            Seed.product(vendor, product);
            Seed.module(vendor, product, "M-" + id);
            Seed.template(vendor, "M-" + id, "T-" + id);
            Seed.licensee(vendor, product, "C-" + id);
            Seed.license(vendor, "C-" + id, "T-" + id, "L1-" + id);
            Seed.license(vendor, "C-" + id, "T-" + id, "L2-" + id);

            LicenseePage licensee = LicenseePage.open(browser, "C-" + id);
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
            assertThat(browser.script(
                            "return document.querySelector('.console-menu a[aria-current=page]').textContent.trim()"))
                    .as("the menu marks the section of the page shown")
                    .isEqualTo("Licensees");
            licensee.edit("Darkroom GmbH", "region=EU\njust text");
            assertThat(browser.text("licenseeForm"))
                    .as("the refusal beside the field, the dialog still open")
                    .contains("Line 2 needs the form name=value.");
            assertThat(browser.text("messages")).doesNotContain("Line 2");
            browser.screenshot("licensee-edit-refused");
            licensee.typeProperties("region=EU\ntier=gold");
            licensee.save();
            assertThat(browser.text("licenseeHeader:summary"))
                    .contains("Darkroom GmbH")
                    .contains("region=EU")
                    .contains("tier=gold");
            assertThat(vendor.get("licensees/C-" + id)
                            .ok()
                            .getJsonObject("properties")
                            .getString("tier"))
                    .isEqualTo("gold");

            licensee.selectAllLicenses();
            licensee.deactivateSelected();
            assertThat(licensee.licenses()).hasSize(2).allMatch(row -> row.contains("inactive"));
            assertThat(vendor.get("licenses/L2-" + id).ok().getBoolean("active"))
                    .isFalse();
            browser.screenshot("licenses-deactivated-together");
        });
    }

    @Test
    void aSecondVendorCannotOpenTheFirstVendorsLicenseeByUrl() {
        Api first = Api.signUpVendor(base, "First");
        String product = Api.unique("P");
        String licensee = Api.unique("C");
        Seed.product(first, product);
        Seed.licensee(first, product, licensee, "name", "First's customer");
        String id = Api.unique("b").toLowerCase(Locale.ROOT);
        walk("tenant-isolation", browser -> {
            signUp(browser, id, "Second Vendor");
            LicenseePage.open(browser, licensee);
            assertThat(browser.pageText()).contains("Page not found").doesNotContain("First's customer");
            browser.screenshot("other-vendors-licensee-is-not-found");

            LicenseePage.open(browser, "no-such-licensee");
            assertThat(browser.pageText()).contains("Page not found");
            new LicenseesPage(browser);
            assertThat(browser.pageText()).doesNotContain(licensee);
        });
    }

    @Test
    void theConsoleNeedsALoginRefusesWrongPasswordsAndEndsWithLogout() {
        String id = Api.unique("l").toLowerCase(Locale.ROOT);
        Api.anonymous(base)
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Login Ltd",
                                "email",
                                id + "@example.com",
                                "username",
                                id,
                                "password",
                                PASSWORD))
                .created();
        walk("login", browser -> {
            browser.go("console/apikey/list.xhtml");
            assertThat(browser.exists("loginForm:username"))
                    .as("the login page instead of the API keys")
                    .isTrue();
            assertThat(browser.pageText()).doesNotContain("New API key");
            LoginPage login = new LoginPage(browser);
            login.logIn(id, PASSWORD);
            assertThat(browser.url()).as("back to the page asked for").contains("/console/apikey/list.xhtml");
            browser.screenshot("after-login");

            LoginPage.logOut(browser);
            assertThat(browser.pageText()).contains("You have logged out.");
            login.logIn(id, "wrong password");
            assertThat(browser.pageText()).contains("The username or the password is wrong.");
            assertThat(browser.url()).contains("/login.xhtml");
            browser.screenshot("wrong-password");
            browser.go("console/index.xhtml");
            assertThat(browser.exists("loginForm:username"))
                    .as("logged out: the login page again")
                    .isTrue();

            for (int attempt = 2; attempt <= 10; attempt++) {
                login.logIn(id, "guess " + attempt);
            }
            login.logIn(id, PASSWORD);
            assertThat(browser.pageText())
                    .as("this browser made the ten failures: its device cookie is held back, right password or not")
                    .contains("Too many login attempts");
            browser.screenshot("throttled");
        });
    }

    @Test
    void aConsoleFormPostedWithoutItsViewTokenChangesNothing() throws URISyntaxException {
        String id = Api.unique("x").toLowerCase(Locale.ROOT);
        Api.anonymous(base)
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Forgery Target",
                                "email",
                                id + "@example.com",
                                "username",
                                id,
                                "password",
                                PASSWORD))
                .created();
        Api vendor = Api.anonymous(base).withBasic(id, PASSWORD);
        ConsoleSession session = ConsoleSession.logIn(base, id, PASSWORD);
        assertThat(session.get("console/apikey/list.xhtml")).contains("New API key");
        assertThat(session.sessionCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        String answer = session.post(
                "console/apikey/list.xhtml",
                "apiKeyForm",
                "apiKeyForm",
                "apiKeyForm:role",
                "ADMIN",
                "apiKeyForm:create",
                "",
                "jakarta.faces.ViewState",
                "-1:forged");

        assertThat(answer).contains("Your page has expired");
        assertThat(vendor.get("api-keys").jsonArray()).as("no key was created").isEmpty();
    }

    @Test
    void aConsoleFormPostedWithItsViewStateButWithoutThePagesNonceChangesNothing() throws URISyntaxException {
        String id = Api.unique("x").toLowerCase(Locale.ROOT);
        Api.anonymous(base)
                .post(
                        "vendors",
                        Json.object(
                                "vendorName",
                                "Nonce Target",
                                "email",
                                id + "@example.com",
                                "username",
                                id,
                                "password",
                                PASSWORD))
                .created();
        Api vendor = Api.anonymous(base).withBasic(id, PASSWORD);
        ConsoleSession session = ConsoleSession.logIn(base, id, PASSWORD);
        String page = session.get("console/apikey/list.xhtml");

        String answer = session.post(
                "console/apikey/list.xhtml",
                "apiKeyForm",
                "apiKeyForm",
                "apiKeyForm:role",
                "ADMIN",
                "apiKeyForm:create",
                "",
                "jakarta.faces.ViewState",
                FacesForm.viewState(page));

        assertThat(answer).contains("Your page has expired");
        assertThat(vendor.get("api-keys").jsonArray())
                .as("refused before the action: no key was created")
                .isEmpty();
    }

    @Test
    void theReportsPageShowsTheUsageOfARunItStartsAndFollows() {
        String id = Api.unique("r").toLowerCase(Locale.ROOT);
        walk("usage-reports", browser -> {
            signUp(browser, id, "Metrics Ltd");
            Api vendor = Api.anonymous(base).withBasic(id, PASSWORD);
            String product = "P-" + id;
            Seed.product(vendor, product);
            Seed.module(vendor, product, "M-" + id, "licensingModel", "PayPerUse");
            Seed.template(vendor, "M-" + id, "T-" + id, "licenseType", "QUANTITY", "quantity", 100);
            Seed.licensee(vendor, product, "C-" + id);
            Seed.license(vendor, "C-" + id, "T-" + id, "L-" + id);
            Broker broker = new Broker(vendor, product);
            for (int i = 0; i < 3; i++) {
                broker.answer("C-" + id, "modules", Broker.params("M-" + id, "usedQuantity", 2));
            }

            ReportsPage reports = new ReportsPage(browser);
            assertThat(browser.script(
                            "return document.querySelector('.console-menu a[aria-current=page]').textContent.trim()"))
                    .isEqualTo("Usage reports");
            assertThat(reports.chartDrawn("validationsChart"))
                    .as("the validations chart")
                    .isTrue();
            assertThat(reports.chartDrawn("consumptionChart"))
                    .as("the consumption chart")
                    .isTrue();
            browser.screenshot("reports-before-the-run");

            // The usage events are written in batches: run until the run has found all three.
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        List<Integer> progress = reports.runAndWatch();
                        assertThat(reports.status(0)).isEqualTo("completed");
                        assertThat(progress).as("the bar only moves forward").isSorted();
                        assertThat(progress.get(progress.size() - 1)).isEqualTo(100);
                        browser.waitForText("totalValidations", "3");
                    });
            assertThat(reports.total("totalConsumed")).isEqualTo("6");
            assertThat(reports.total("totalNewLicensees")).isEqualTo("1");
            assertThat(reports.total("totalNewLicenses")).isEqualTo("1");
            assertThat(browser.rows("tables:periods"))
                    .as("the burn-down's units left: 100 bought, 6 used")
                    .anyMatch(row -> row.endsWith(" 94"));
            assertThat(reports.chartDrawn("modelMixChart"))
                    .as("the model mix chart")
                    .isTrue();
            assertThat(browser.rows("tables:licensees").get(0))
                    .contains("C-" + id)
                    .contains("PayPerUse");
            browser.screenshot("reports-after-the-run");
            browser.scrollTo("validationsChart");
            browser.screenshot("reports-charts-with-the-burn-down");
            browser.scrollTo("runsForm:runs");
            browser.screenshot("report-runs-history");

            reports.switchOnWeeklyMail("bi@metrics.test");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(vendor.get("reports/mail").ok())
                            .as("the settings as the API reads them")
                            .containsEntry("recipient", jakarta.json.Json.createValue("bi@metrics.test"))
                            .containsEntry("enabled", jakarta.json.JsonValue.TRUE));
            // No SMTP server listens during this journey: the console says what the server answered.
            reports.sendWeeklyMailNow();
            browser.waitForText("mailForm:sendMailMessage", "did not take the e-mail");
            assertThat(browser.text("mailForm:sendMailMessage"))
                    .as("beside the button")
                    .startsWith("The SMTP server 127.0.0.1:3925 did not take the e-mail")
                    .doesNotContain("Exception");
            browser.scrollTo("mailForm:recipient");
            browser.screenshot("reports-weekly-email");

            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            String weekAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    .minusDays(7)
                    .toString();
            reports.show(today, weekAgo);
            assertThat(browser.text("filters"))
                    .as("the refusal beside the date")
                    .contains("Must not be before from (" + today + ").");
            browser.screenshot("reports-range-refused");

            browser.resize(390, 844);
            new ReportsPage(browser);
            browser.screenshot("reports-390px");
        });
    }

    /** Runs a journey in a fresh browser, which ends with no content security policy violation. */
    private void walk(String journey, Consumer<Browser> steps) {
        Journey.walk(base, journey, steps);
    }

    private static void signUp(Browser browser, String username, String company) {
        SignUpPage signUp = new SignUpPage(browser);
        signUp.fill(company, username, PASSWORD);
        signUp.submit();
    }
}
