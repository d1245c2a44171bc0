package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.module;
import static com.appconda.licensing.it.Broker.params;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Broker keeps the catalog of the products it validates in memory; a change through the API is seen by the
 * very next validation all the same. Each test validates first, so that what the change must replace is held,
 * then changes one thing and validates at once, with no pause in between.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerFreshnessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api vendor;
    String product;
    Broker broker;

    @BeforeEach
    void product() {
        vendor = Api.signUpVendor(base, "fresh");
        product = Api.unique("P");
        Seed.product(vendor, product);
        broker = new Broker(vendor, product);
    }

    @Test
    void aDeactivatedLicenseIsInvalidInTheNextValidation() {
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "Subscription");
        String year = Api.unique("T");
        Seed.template(vendor, m, year, "licenseType", "TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", "YEAR");
        String customer = customer();
        String license = Api.unique("L");
        Seed.license(vendor, customer, year, license, "startDate", Instant.now().toString());
        assertThat(module(broker.answer(customer), m).getBoolean("valid")).isTrue();

        vendor.patch("licenses/" + license, Json.object("active", false)).ok();

        assertThat(module(broker.answer(customer), m).getBoolean("valid")).isFalse();
    }

    @Test
    void aChangedModuleParameterDecidesTheNextValidation() {
        String m = Api.unique("M");
        Seed.module(
                vendor,
                product,
                m,
                "licensingModel",
                "Floating",
                "properties",
                Json.object("maxCheckoutValidity", "3600"));
        String seats = Api.unique("T");
        Seed.template(vendor, m, seats, "licenseType", "FLOATING", "maxSessions", 2);
        String customer = customer();
        Seed.license(vendor, customer, seats, Api.unique("L"));
        assertThat(checkoutEnd(customer, m)).isAfter(Instant.now().plus(Duration.ofMinutes(50)));

        vendor.patch("product-modules/" + m, Json.object("properties", Json.object("maxCheckoutValidity", "60")))
                .ok();

        assertThat(checkoutEnd(customer, m)).isBefore(Instant.now().plus(Duration.ofMinutes(5)));
    }

    @Test
    void aRaisedTemplateQuantityIsWhatTheNextLicenseIssuedFromItHolds() {
        vendor.patch("products/" + product, Json.object("licenseeAutoCreate", true))
                .ok();
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "PayPerUse");
        String credits = Api.unique("T");
        Seed.template(vendor, m, credits, "licenseType", "QUANTITY", "quantity", 10, "automatic", true);
        assertThat(module(broker.answer(Api.unique("NEW")), m).getInt("remainingQuantity"))
                .isEqualTo(10);

        vendor.patch("license-templates/" + credits, Json.object("quantity", 50))
                .ok();

        assertThat(module(broker.answer(Api.unique("NEW")), m).getInt("remainingQuantity"))
                .isEqualTo(50);
    }

    @Test
    void aLongerTrialIsWhatTheNextNewLicenseeIsAnswered() {
        vendor.patch("products/" + product, Json.object("licenseeAutoCreate", true))
                .ok();
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "TryAndBuy");
        // Not automatic: the evaluator issues the trial from the template it reads, on the first validation.
        String trial = Api.unique("T");
        Seed.template(vendor, m, trial, "licenseType", "TIMEVOLUME", "timeVolume", 14, "timeVolumePeriod", "DAY");
        assertThat(trialEnd(Api.unique("NEW"), m)).isBefore(Instant.now().plus(Duration.ofDays(15)));

        vendor.patch("license-templates/" + trial, Json.object("timeVolume", 30))
                .ok();

        assertThat(trialEnd(Api.unique("NEW"), m)).isAfter(Instant.now().plus(Duration.ofDays(29)));
    }

    @Test
    void aDeletedLicenseeIsUnknownToTheNextValidation() {
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "Subscription");
        String customer = customer();
        broker.answer(customer);

        vendor.delete("licensees/" + customer).expect(204);

        broker.validate(customer).problemOfType(404, "not-found");
    }

    @Test
    void aModuleAddedToTheProductIsAnsweredByTheNextValidation() {
        String first = Api.unique("M");
        Seed.module(vendor, product, first, "licensingModel", "Subscription");
        String customer = customer();
        assertThat(broker.answer(customer).getJsonArray("modules")).hasSize(1);

        String added = Api.unique("M");
        Seed.module(vendor, product, added, "licensingModel", "TryAndBuy");
        Seed.fourteenDayTrial(vendor, added);

        assertThat(module(broker.answer(customer), added).getBoolean("valid")).isTrue();
    }

    private String customer() {
        String customer = Api.unique("C");
        Seed.licensee(vendor, product, customer);
        return customer;
    }

    /** When the trial of a licensee that its first validation creates ends, as that validation answers it. */
    private Instant trialEnd(String newcomer, String m) {
        return Instant.parse(module(broker.answer(newcomer), m).getString("evaluationExpires"));
    }

    /** When a new session's seat would end, as a dry run answers it. */
    private Instant checkoutEnd(String customer, String m) {
        JsonObject answer = broker.answer(customer, "dryRun", true, "modules", params(m, "sessionId", "s1"));
        return Instant.parse(module(answer, m).getString("expirationTimestamp"));
    }
}
