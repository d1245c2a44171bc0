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
}
