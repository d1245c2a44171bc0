package com.appconda.licensing.demo;

import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.vendor.boundary.Authenticator;
import com.appconda.licensing.vendor.boundary.SignUpRequest;
import com.appconda.licensing.vendor.boundary.VendorProfileRequest;
import com.appconda.licensing.vendor.boundary.VendorRegistry;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The demo vendor's catalog and customers, made through the facades in one transaction: three products that
 * between them use all nine licensing models, and three customers who hold licenses of them.
 *
 * <ul>
 *   <li>{@value #APP} (a desktop app): Subscription updates, TryAndBuy pro features with a 14-day trial,
 *       MultiFeature add-ons. Its customer {@value #CUSTOMER} pays monthly and bought the PDF add-on.</li>
 *   <li>{@value #SERVER} (a team server): Floating seats, NodeLocked servers (CLIENT mode: a server registers on
 *       first use), a Quota of projects. {@value #TEAM} holds 5 seats, 3 servers and 20 projects.</li>
 *   <li>{@value #CLOUD} (a cloud service): PayPerUse render credits, PricingTable plans, Rental of devices.
 *       {@value #STUDIO} holds 100 credits, the Basic plan and one rented scanner.</li>
 * </ul>
 */
@Stateless
public class DemoCatalog {

    static final String APP = "DEMO-APP";
    static final String SERVER = "DEMO-TEAM-SERVER";
    static final String CLOUD = "DEMO-CLOUD";
    static final String CUSTOMER = "DEMO-CUSTOMER";
    static final String TEAM = "DEMO-TEAM";
    static final String STUDIO = "DEMO-STUDIO";
    static final String SCANNER = "DEMO-SCANNER-1";
    static final String CURRENCY = "EUR";

    @Inject
    VendorRegistry vendors;

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ProductCatalog products;

    @Inject
    ProductModuleCatalog modules;

    @Inject
    LicenseTemplateCatalog templates;

    @Inject
    LicenseeRegistry licensees;

    @Inject
    LicenseIssuer licenses;

    @Inject
    Clock clock;

    /** Signs the demo vendor up and fills its catalog; answers the caller that acts for it. */
    @ActivateRequestContext
    public Caller seed(String username) {
        vendors.signUp(new SignUpRequest("Demo Software Ltd", "demo@example.com", username, username));
        Caller demo = authenticator.forConsoleUser(username).orElseThrow();
        currentCaller.set(demo);
        vendors.updateProfile(new VendorProfileRequest(null, null, null, null, "DE", "Demo Software Shop", null));
        desktopApp();
        teamServer();
        cloudService();
        return demo;
    }

    private void desktopApp() {
        product(APP, "Demo App", "A desktop app: paid updates, a trial of its pro features, add-ons", true);
        module("DEMO-SUBSCRIPTION", "Updates", APP, "Subscription", Map.of());
        template(timeVolume("DEMO-MONTHLY", "Monthly plan", "DEMO-SUBSCRIPTION", "9.90", false, 1, "MONTH"));
        module("DEMO-PRO", "Pro features", APP, "TryAndBuy", Map.of());
        template(timeVolume("DEMO-PRO-TRIAL", "Pro features: 14-day trial", "DEMO-PRO", "0", true, 14, "DAY"));
        template(grant("DEMO-PRO-FULL", "Pro features", "DEMO-PRO", "FEATURE", "49.00", null, null, Map.of()));
        module("DEMO-ADDONS", "Add-ons", APP, "MultiFeature", Map.of());
        template(grant("DEMO-ADDON-PDF", "PDF export", "DEMO-ADDONS", "FEATURE", "19.00", null, null, Map.of()));
        template(grant("DEMO-ADDON-OCR", "Text recognition", "DEMO-ADDONS", "FEATURE", "29.00", null, null, Map.of()));
        licensee(CUSTOMER, "First demo customer", APP);
        license("DEMO-LICENSE", CUSTOMER, "DEMO-MONTHLY", null, Map.of());
        license(null, CUSTOMER, "DEMO-ADDON-PDF", null, Map.of());
    }

    private void teamServer() {
        product(SERVER, "Demo Team Server", "A server for teams: floating seats, registered servers, projects", false);
        module("DEMO-SEATS", "Seats", SERVER, "Floating", Map.of("maxCheckoutValidity", "3600"));
        template(grant("DEMO-5-SEATS", "5 seats", "DEMO-SEATS", "FLOATING", "99.00", 5, null, Map.of()));
        module("DEMO-SERVERS", "Servers", SERVER, "NodeLocked", Map.of("nodeSecretMode", "CLIENT"));
        template(grant("DEMO-3-SERVERS", "3 servers", "DEMO-SERVERS", "QUANTITY", "149.00", null, 3L, Map.of()));
        module("DEMO-PROJECTS", "Projects", SERVER, "Quota", Map.of());
        template(grant("DEMO-20-PROJECTS", "20 projects", "DEMO-PROJECTS", "QUANTITY", "39.00", null, 20L, Map.of()));
        licensee(TEAM, "Demo team", SERVER);
        license(null, TEAM, "DEMO-5-SEATS", null, Map.of());
        license(null, TEAM, "DEMO-3-SERVERS", null, Map.of());
        license(null, TEAM, "DEMO-20-PROJECTS", null, Map.of());
    }

    private void cloudService() {
        product(CLOUD, "Demo Cloud", "A cloud service: render credits, plans, rented devices", false);
        module("DEMO-CREDITS", "Render credits", CLOUD, "PayPerUse", Map.of());
        template(grant("DEMO-100-CREDITS", "100 credits", "DEMO-CREDITS", "QUANTITY", "25.00", null, 100L, Map.of()));
        module(
                "DEMO-PLANS",
                "Plans",
                CLOUD,
                "PricingTable",
                Map.of(
                        "skudef",
                        "[{\"number\": \"USERS\", \"name\": \"Users\","
                                + " \"type\": \"QUOTA\"}, {\"number\": \"API\", \"name\": \"API access\", \"type\": \"FEATURE\"}]"));
        template(grant(
                "DEMO-PLAN-FREE",
                "Free",
                "DEMO-PLANS",
                "FEATURE",
                "0",
                null,
                null,
                Map.of("skus", "{\"USERS\": 1, \"API\": false}")));
        template(new LicenseTemplateRequest(
                "DEMO-PLAN-BASIC",
                "Basic",
                "DEMO-PLANS",
                "TIMEVOLUME",
                new BigDecimal("15.00"),
                CURRENCY,
                false,
                null,
                null,
                1,
                "MONTH",
                null,
                null,
                true,
                Map.of("skus", "{\"USERS\": 5, \"API\": true}"),
                null));
        module("DEMO-DEVICES", "Device rental", CLOUD, "Rental", Map.of());
        template(grant("DEMO-DEVICE", "Rentable device", "DEMO-DEVICES", "FEATURE", "0", null, null, Map.of()));
        template(timeVolume("DEMO-RENT-WEEK", "One week of rental", "DEMO-DEVICES", "12.00", false, 1, "WEEK"));
        licensee(STUDIO, "Demo studio", CLOUD);
        Instant now = clock.instant();
        license(null, STUDIO, "DEMO-100-CREDITS", null, Map.of());
        license(null, STUDIO, "DEMO-PLAN-BASIC", now, Map.of());
        license(SCANNER, STUDIO, "DEMO-DEVICE", null, Map.of());
        license(null, STUDIO, "DEMO-RENT-WEEK", now, Map.of("parentfeature", SCANNER));
    }

    private void product(String number, String name, String description, boolean licenseeAutoCreate) {
        products.create(new ProductRequest(
                number, name, "1.0", description, null, licenseeAutoCreate, null, null, true, null, null, null));
    }

    private void module(String number, String name, String product, String model, Map<String, String> parameters) {
        modules.create(new ProductModuleRequest(number, name, product, model, true, parameters, null));
    }

    private void template(LicenseTemplateRequest request) {
        templates.create(request);
    }

    private static LicenseTemplateRequest timeVolume(
            String number, String name, String module, String price, boolean automatic, int volume, String period) {
        return new LicenseTemplateRequest(
                number,
                name,
                module,
                "TIMEVOLUME",
                new BigDecimal(price),
                CURRENCY,
                automatic,
                automatic,
                null,
                volume,
                period,
                null,
                null,
                true,
                Map.of(),
                null);
    }

    private static LicenseTemplateRequest grant(
            String number,
            String name,
            String module,
            String type,
            String price,
            Integer maxSessions,
            Long quantity,
            Map<String, String> properties) {
        return new LicenseTemplateRequest(
                number,
                name,
                module,
                type,
                new BigDecimal(price),
                CURRENCY,
                false,
                null,
                null,
                null,
                null,
                maxSessions,
                quantity,
                true,
                properties,
                null);
    }

    private void licensee(String number, String name, String product) {
        licensees.create(new LicenseeRequest(number, name, product, null, null, true, Map.of(), null, null));
    }

    private void license(
            String number, String licensee, String template, Instant startDate, Map<String, String> properties) {
        licenses.issue(new LicenseRequest(
                number,
                null,
                licensee,
                template,
                true,
                null,
                startDate,
                null,
                null,
                null,
                null,
                null,
                properties,
                null));
    }
}
