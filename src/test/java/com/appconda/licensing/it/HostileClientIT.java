package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.module;
import static com.appconda.licensing.it.Broker.params;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The defects a hostile client found (issue #10), one test each over HTTP, so that each stays fixed. Defect 1
 * (tiny bodies answered 500) is guarded in {@code BadInputIT} and {@code SingleJsonObjectTest}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api admin;
    String product;
    String credits;
    String seats;
    String customer;
    String otherCustomer;
    Broker broker;

    @BeforeEach
    void productWithCreditsAndSeats() {
        admin = Api.signUpVendor(base, "hostile");
        product = Api.unique("P");
        Seed.product(admin, product);
        credits = Api.unique("M");
        Seed.module(admin, product, credits, "licensingModel", "PayPerUse");
        seats = Api.unique("M");
        Seed.module(
                admin,
                product,
                seats,
                "licensingModel",
                "Floating",
                "properties",
                Json.object("maxCheckoutValidity", "600"));
        String creditTemplate = Api.unique("T");
        Seed.template(admin, credits, creditTemplate, "licenseType", "QUANTITY", "quantity", 10);
        String seatTemplate = Api.unique("T");
        Seed.template(admin, seats, seatTemplate, "licenseType", "FLOATING", "maxSessions", 3);
        customer = Api.unique("C");
        otherCustomer = Api.unique("C");
        for (String licensee : List.of(customer, otherCustomer)) {
            Seed.licensee(admin, product, licensee);
            Seed.license(admin, licensee, creditTemplate, Api.unique("L"));
            Seed.license(admin, licensee, seatTemplate, Api.unique("L"));
        }
        broker = new Broker(admin, product);
    }

    private Api key(String role, String licensee) {
        JsonObject key = admin.post(
                        "api-keys",
                        licensee == null
                                ? Json.object("role", role)
                                : Json.object("role", role, "licenseeNumber", licensee))
                .created();
        return admin.withBearer(key.getString("secret"));
    }

    private long remaining(String licensee) {
        return module(broker.answer(licensee, "dryRun", true), credits)
                .getJsonNumber("remainingQuantity")
                .longValue();
    }

    /** Seats held now: a dry run for a fresh session reports the seats in use as if it took one. */
    private int seatsHeld(String licensee) {
        return module(
                                broker.answer(
                                        licensee,
                                        "dryRun",
                                        true,
                                        "modules",
                                        params(seats, "sessionId", Api.unique("probe"))),
                                seats)
                        .getInt("seatsInUse")
                - 1;
    }

    /** Defect 4: a validation with usedQuantity through a read-only key wrote units off. */
    @Test
    void aReadOnlyKeyNeverChangesStateWhenItValidates() {
        Api readOnly = key("READ_ONLY", null);
        Broker asReadOnly = new Broker(readOnly, product);

        asReadOnly
                .validate(customer, "modules", params(credits, "usedQuantity", 3))
                .problem(403);
        asReadOnly
                .validate(customer, "modules", params(seats, "sessionId", "s-1"))
                .problem(403);
        JsonObject dryRun = asReadOnly
                .validate(customer, "dryRun", true, "modules", params(credits, "usedQuantity", 3))
                .ok();

        assertThat(dryRun.getBoolean("dryRun")).isTrue();
        assertThat(remaining(customer)).as("nothing written off").isEqualTo(10);
        assertThat(seatsHeld(customer)).as("no seat taken").isZero();
        JsonObject consumed = new Broker(key("BROKER", null), product)
                .validate(customer, "modules", params(credits, "usedQuantity", 3))
                .ok();
        assertThat(module(consumed, credits).getBoolean("valid"))
                .as("a Broker key consumes")
                .isTrue();
        assertThat(remaining(customer)).isEqualTo(7);
    }

    /** Defect 5: a licensee-limited read-only key read other licensees and their licenses. */
    @Test
    void aLimitedKeySeesOnlyItsLicenseeOnEveryEndpoint() {
        Api limited = key("READ_ONLY", customer);
        String othersLicense = admin.get("licenses?licenseeNumber=" + otherCustomer)
                .ok()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");

        assertThat(limited.get("licensees/" + customer).ok().getString("number"))
                .isEqualTo(customer);
        limited.get("licensees/" + otherCustomer).problem(404);
        limited.get("licenses/" + othersLicense).problem(404);
        assertThat(limited.get("licensees").ok().getJsonArray("items"))
                .extracting(item -> item.asJsonObject().getString("number"))
                .containsExactly(customer);
        assertThat(limited.get("licenses").ok().getJsonArray("items"))
                .hasSize(2)
                .allSatisfy(item -> assertThat(item.asJsonObject().getString("licenseeNumber"))
                        .isEqualTo(customer));
        assertThat(limited.get("licenses?licenseeNumber=" + otherCustomer).ok().getJsonArray("items"))
                .isEmpty();
        for (String elsewhere : List.of(
                "products",
                "products/" + product,
                "product-modules",
                "license-templates",
                "audit",
                "vendor",
                "api-keys")) {
            limited.get(elsewhere).problem(403);
        }
        assertThat(limited.get("vendor/public-key").ok().getString("publicKey")).isNotBlank();
        new Broker(limited, product).validate(otherCustomer, "dryRun", true).problem(403);
        assertThat(new Broker(limited, product)
                        .validate(customer, "dryRun", true)
                        .ok()
                        .getString("licenseeNumber"))
                .isEqualTo(customer);
    }

    /** Defect 2: validation bodies of the wrong shape, and a huge exponent, answered 500. */
    @Test
    void validationParametersOfTheWrongShapeAreA400NamingThem() {
        String[][] bodies = {
            {"{\"productNumber\":\"" + product + "\",\"modules\":{\"" + seats + "\":[1,2]}}", "modules." + seats},
            {"{\"productNumber\":\"" + product + "\",\"modules\":{\"" + seats + "\":null}}", "modules." + seats},
            {
                "{\"productNumber\":\"" + product + "\",\"modules\":{\"" + credits
                        + "\":{\"usedQuantity\":1e999999999}}}",
                "modules." + credits + ".usedQuantity"
            },
            {
                "{\"productNumber\":\"" + product + "\",\"modules\":{\"" + seats + "\":{\"sessionId\":5}}}",
                "modules." + seats + ".sessionId"
            },
            {
                "{\"productNumber\":\"" + product + "\",\"modules\":{\"" + seats + "\":{\"sessionId\":\"s\","
                        + "\"action\":\"checkout\"}}}",
                "modules." + seats + ".action"
            },
            {
                "{\"productNumber\":\"" + product + "\",\"modules\":{\"" + credits + "\":{\"usedQuantity\":1,"
                        + "\"reserveQuantity\":1}}}",
                "modules." + credits + ".reserveQuantity"
            }
        };
        for (String[] body : bodies) {
            admin.send("POST", "licensees/" + customer + "/validate", body[0]).problemNaming(400, body[1]);
        }
        assertThat(remaining(customer)).isEqualTo(10);
        assertThat(seatsHeld(customer)).isZero();
    }

    /**
     * Integration finding 2: {@code "dryrun": true} (a typo) was dropped and made a real checkout; a product's
     * {@code licenseeAutocreate} was dropped. A member the request does not have is now refused, named.
     */
    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedNamingItAndNothingIsTaken() {
        String typo = "{\"productNumber\":\"" + product + "\",\"dryrun\":true,\"modules\":{\"" + seats
                + "\":{\"sessionId\":\"s-typo\",\"action\":\"checkOut\"}}}";
        Reply refused = admin.send("POST", "licensees/" + customer + "/validate", typo);

        assertThat(refused.problemNaming(400, "dryrun").getString("detail"))
                .isEqualTo("the request body has a member this request does not have: see 'fields'");
        assertThat(refused.json().getJsonObject("fields").getString("dryrun"))
                .isEqualTo("is not a field of this request (did you mean dryRun?)");
        assertThat(seatsHeld(customer)).as("no seat taken").isZero();

        String number = Api.unique("P");
        admin.post("products", Json.object("number", number, "name", "X", "licenseeAutocreate", true))
                .problemNaming(400, "licenseeAutocreate");
        admin.get("products/" + number).problem(404);
        admin.patch("products/" + product, Json.object("licenseeAutocreate", true))
                .problemNaming(400, "licenseeAutocreate");
        assertThat(admin.get("products/" + product).ok().getBoolean("licenseeAutoCreate"))
                .isFalse();
    }

    /** Defect 2: a deeply nested skudef was accepted and then made every validation of its product a 500. */
    @Test
    void moduleSettingsNoValidationCouldUseAreRefusedWhenSaved() {
        String deep = "[" + "[".repeat(40) + "]".repeat(40) + "]";
        admin.post(
                        "product-modules",
                        Json.object(
                                "number",
                                Api.unique("M"),
                                "name",
                                "plans",
                                "productNumber",
                                product,
                                "licensingModel",
                                "PricingTable",
                                "properties",
                                Json.object("skudef", deep)))
                .problemNaming(400, "properties.skudef");
        admin.patch("product-modules/" + seats, Json.object("properties", Json.object("maxCheckoutValidity", "0")))
                .problemNaming(400, "properties.maxCheckoutValidity");

        JsonObject answer = broker.answer(customer, "dryRun", true);
        assertThat(answer.toString()).doesNotContain("Exception", "java.");
        assertThat(module(answer, credits).getBoolean("valid")).isTrue();
    }

    /** Defect 3's cause: a dry run for a licensee number longer than the tables hold made a poison usage event. */
    @Test
    void aLicenseeNumberNoLicenseeCanHaveIsRefusedBeforeAnythingIsRecorded() {
        String autoCreating = Api.unique("P");
        Seed.product(admin, autoCreating, "licenseeAutoCreate", true);
        Broker creating = new Broker(admin, autoCreating);
        creating.validate("N".repeat(100), "dryRun", true).problemNaming(400, "licenseeNumber");
        creating.validate("N".repeat(100)).problemNaming(400, "licenseeNumber");
        creating.validate("a%20b", "dryRun", true).problemNaming(400, "licenseeNumber");
        admin.send("POST", "licensees/" + "N".repeat(100) + "/offline-license", "{}")
                .problemNaming(400, "licenseeNumber");
    }

    /** Defect 6: licenses were created with quantity -2 or the smallest long, and timeVolume -3 (201). */
    @Test
    void licenseValuesNoModelCanCountWithAreRefused() {
        String quantityTemplate = admin.get("license-templates?productModuleNumber=" + credits)
                .ok()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        long before = Seed.count(admin, "licenses");
        for (Object quantity : List.of(-2, Long.MIN_VALUE)) {
            admin.post(
                            "licenses",
                            Json.object(
                                    "licenseeNumber",
                                    customer,
                                    "licenseTemplateNumber",
                                    quantityTemplate,
                                    "quantity",
                                    quantity))
                    .problemNaming(400, "quantity");
        }
        admin.post(
                        "licenses",
                        Json.object(
                                "licenseeNumber",
                                customer,
                                "licenseTemplateNumber",
                                quantityTemplate,
                                "timeVolume",
                                -3,
                                "timeVolumePeriod",
                                "DAY"))
                .problemNaming(400, "timeVolume");
        assertThat(Seed.count(admin, "licenses")).isEqualTo(before);
    }

    /** Defect 7: two uses of the largest long against 100 credits left 102 remaining. */
    @Test
    void quantitiesBeyondAnyRealOneAreRefusedAndNeverOverflow() {
        for (int i = 0; i < 2; i++) {
            broker.validate(customer, "modules", params(credits, "usedQuantity", Long.MAX_VALUE))
                    .problemNaming(400, "modules." + credits + ".usedQuantity");
        }
        assertThat(remaining(customer)).isEqualTo(10);
    }

    /**
     * Defect 8: CONNECT was answered 405 without a length on a connection left open, and on a console page it was
     * served the page. The application now answers every method it has no use for with a 405 problem of a stated
     * length before any servlet sees it. For CONNECT, Payara's HTTP layer (Grizzly) strips the length from any
     * answer to it and keeps the connection until its keep-alive timeout: the answer itself arrives at once.
     */
    @Test
    void anUnknownMethodIsAnsweredAtOnceAsAProblem() throws Exception {
        for (String method : List.of("PROPFIND", "BREW", "CONNECT")) {
            for (String path : List.of("api/v1/ping", "console/index.xhtml")) {
                try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
                    socket.setSoTimeout(5_000);
                    socket.getOutputStream()
                            .write((method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost()
                                            + "\r\n\r\n")
                                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    String answer = readAnswer(socket.getInputStream(), !method.equals("CONNECT"));
                    if (path.startsWith("console")) {
                        // The console's login guard refuses the method before any filter runs: never the page.
                        assertThat(answer)
                                .as(method + " " + path)
                                .matches("(?s)HTTP/1.1 40[05] .*")
                                .doesNotContain("sessionForm", "loginForm");
                    } else {
                        assertThat(answer)
                                .as(method + " " + path)
                                .startsWith("HTTP/1.1 405")
                                .contains("application/problem+json", "method-not-allowed")
                                .doesNotContain("<html");
                    }
                }
            }
        }
    }

    /**
     * The head and the body: by its Content-Length when {@code withLength} (a read that times out fails the
     * test), else what has arrived a moment after the head.
     */
    private static String readAnswer(java.io.InputStream in, boolean withLength) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        if (!withLength) {
            byte[] some = new byte[512];
            int read = in.read(some);
            return head + new String(some, 0, Math.max(0, read), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher length =
                java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        assertThat(length.find()).as("a length in " + head).isTrue();
        byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
        return head + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Defect 9: a reservation within the credits was answered valid but not written off. */
    @Test
    void payPerUseDecidesAsNetLicensingDoes() {
        JsonObject reserved = broker.answer(customer, "modules", params(credits, "reserveQuantity", 4));
        assertThat(module(reserved, credits).getBoolean("valid")).isTrue();
        assertThat(remaining(customer)).as("reserving 4 of 10 writes them off").isEqualTo(6);

        JsonObject refused = broker.answer(customer, "modules", params(credits, "reserveQuantity", 7));
        assertThat(module(refused, credits).getBoolean("valid")).isFalse();
        assertThat(remaining(customer))
                .as("a reservation that does not fit writes nothing off")
                .isEqualTo(6);

        JsonObject overdrawn = broker.answer(customer, "modules", params(credits, "usedQuantity", 8));
        assertThat(module(overdrawn, credits).getBoolean("valid"))
                .as("post-pay: valid = remaining > 0 after")
                .isFalse();
        assertThat(module(overdrawn, credits).getJsonNumber("remainingQuantity").longValue())
                .isEqualTo(-2);
        assertThat(Broker.reasons(module(overdrawn, credits))).contains("usedQuantityExceedsRemaining");
    }
}
