package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.module;
import static com.appconda.licensing.it.Broker.params;
import static com.appconda.licensing.it.Broker.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.seatcount.SampleSeatCountEvaluator;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Broker's contract for every licensing model, through the real API: each test sets up a product
 * the way a vendor would, validates as the vendor's software would and reads the answer it acts on.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerModelsIT {

    /** The shipped WAR plus, in a jar of test extras, a custom licensing model, as an enterprise would add one. */
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
        vendor = Api.signUpVendor(base, "models");
        product = Api.unique("P");
        Seed.product(vendor, product);
        broker = new Broker(vendor, product);
    }

    private String addModule(String model, Object... properties) {
        String number = Api.unique("M");
        Seed.module(vendor, product, number, "licensingModel", model, "properties", Json.object(properties));
        return number;
    }

    private String licensee() {
        String number = Api.unique("C");
        Seed.licensee(vendor, product, number);
        return number;
    }

    @Test
    void subscriptionIsValidWhileAPaidPeriodCoversNowAndTellsWhenItExpires() {
        String m = addModule("Subscription");
        String monthly = Api.unique("T");
        Seed.template(vendor, m, monthly, "licenseType", "TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", "MONTH");
        String paid = licensee();
        String lapsed = licensee();
        Instant now = Instant.now();
        Seed.license(
                vendor,
                paid,
                monthly,
                Api.unique("L"),
                "startDate",
                now.minus(1, ChronoUnit.DAYS).toString());
        Seed.license(
                vendor,
                lapsed,
                monthly,
                Api.unique("L"),
                "startDate",
                now.minus(60, ChronoUnit.DAYS).toString());

        JsonObject valid = broker.answer(paid);
        assertThat(valid.getBoolean("valid")).isTrue();
        assertThat(module(valid, m).getString("licensingModel")).isEqualTo("Subscription");
        assertThat(Instant.parse(module(valid, m).getString("expires"))).isAfter(now.plus(25, ChronoUnit.DAYS));
        assertThat(module(valid, m).getString("warningLevel")).isEqualTo("GREEN");

        JsonObject expired = broker.answer(lapsed);
        assertThat(expired.getBoolean("valid")).isFalse();
        assertThat(module(expired, m).getString("warningLevel")).isEqualTo("RED");
        assertThat(reasons(module(expired, m))).isNotEmpty();
    }

    @Test
    void tryAndBuyStartsTheEvaluationAtFirstUseAndAPurchaseEndsIt() {
        String m = addModule("TryAndBuy");
        Seed.fourteenDayTrial(vendor, m);
        String full = Api.unique("FULL");
        Seed.template(vendor, m, full, "licenseType", "FEATURE");
        String customer = licensee();

        JsonObject trial = module(broker.answer(customer), m);
        assertThat(trial.getBoolean("valid")).isTrue();
        assertThat(trial.getBoolean("evaluation")).isTrue();
        assertThat(trial.getString("warningLevel")).isEqualTo("YELLOW");
        Instant ends = Instant.parse(trial.getString("evaluationExpires"));
        assertThat(ends)
                .isBetween(
                        Instant.now().plus(13, ChronoUnit.DAYS), Instant.now().plus(15, ChronoUnit.DAYS));
        assertThat(Instant.parse(module(broker.answer(customer), m).getString("evaluationExpires")))
                .as("the trial started once, at first use")
                .isEqualTo(ends);

        Seed.license(vendor, customer, full, Api.unique("L"));
        JsonObject bought = module(broker.answer(customer), m);
        assertThat(bought.getBoolean("valid")).isTrue();
        assertThat(bought.getBoolean("evaluation")).isFalse();
        assertThat(bought.getString("warningLevel")).isEqualTo("GREEN");
    }

    @Test
    void rentalAnswersPerDeviceWithItsExpiryWarning() {
        String m = addModule("Rental", "yellowThreshold", "10", "redThreshold", "3");
        String device = Api.unique("DEV");
        Seed.template(vendor, m, device, "licenseType", "FEATURE");
        String rent = Api.unique("RENT");
        Seed.template(vendor, m, rent, "licenseType", "TIMEVOLUME", "timeVolume", 5, "timeVolumePeriod", "DAY");
        String customer = licensee();
        String tractor = Api.unique("TRACTOR");
        String combine = Api.unique("COMBINE");
        Seed.license(vendor, customer, device, tractor);
        Seed.license(vendor, customer, device, combine);
        Seed.license(
                vendor,
                customer,
                rent,
                Api.unique("L"),
                "startDate",
                Instant.now().toString(),
                "properties",
                Json.object("parentfeature", tractor));

        JsonObject rental = module(broker.answer(customer), m);
        assertThat(rental.getBoolean("valid")).isTrue();
        JsonObject rented = rental.getJsonArray(tractor).getJsonObject(0);
        assertThat(rented.getBoolean("valid")).isTrue();
        assertThat(rented.getString("expirationWarningLevel"))
                .as("5 days left, yellow below 10")
                .isEqualTo("YELLOW");
        JsonObject idle = rental.getJsonArray(combine).getJsonObject(0);
        assertThat(idle.getBoolean("valid")).isFalse();
        assertThat(idle.getString("expirationWarningLevel")).isEqualTo("RED");
    }

    @Test
    void floatingChecksSeatsOutAndInAndTellsHowManyAreFree() {
        String m = addModule("Floating", "maxCheckoutValidity", "300");
        String pool = Api.unique("POOL");
        Seed.template(vendor, m, pool, "licenseType", "FLOATING", "maxSessions", 2);
        String customer = licensee();
        Seed.license(vendor, customer, pool, Api.unique("L"));

        JsonObject first = module(broker.answer(customer, "modules", params(m, "sessionId", "s1")), m);
        assertThat(first.getBoolean("valid")).isTrue();
        assertThat(first.getInt("seatsFree")).isEqualTo(1);
        assertThat(Instant.parse(first.getString("expirationTimestamp")))
                .isAfter(Instant.now().plusSeconds(200));
        assertThat(module(broker.answer(customer, "modules", params(m, "sessionId", "s2", "action", "checkOut")), m)
                        .getInt("seatsFree"))
                .isZero();

        JsonObject full = module(broker.answer(customer, "modules", params(m, "sessionId", "s3")), m);
        assertThat(full.getBoolean("valid")).isFalse();
        assertThat(reasons(full)).containsExactly("noFreeSeat");

        JsonObject checkIn =
                module(broker.answer(customer, "modules", params(m, "sessionId", "s1", "action", "checkIn")), m);
        assertThat(reasons(checkIn)).containsExactly("checkedIn");
        assertThat(checkIn.getBoolean("valid"))
                .as("a checkIn asks for no seat: the licensee still has its pool")
                .isTrue();
        assertThat(checkIn.getInt("seatsFree")).isEqualTo(1);
        assertThat(module(broker.answer(customer, "modules", params(m, "sessionId", "s3")), m)
                        .getBoolean("valid"))
                .as("the checked-in seat is free again")
                .isTrue();

        JsonObject product = broker.answer(customer);
        assertThat(product.getBoolean("valid"))
                .as("a validation that asks for no seat, with every seat held, is valid at the top")
                .isTrue();
        assertThat(reasons(module(product, m))).containsExactly("seatStateOnly");
        assertThat(module(product, m).getInt("seatsInUse")).isEqualTo(2);
    }

    @Test
    void multiFeatureListsEveryFeatureWithItsOwnVerdict() {
        String m = addModule("MultiFeature");
        String export = Api.unique("EXPORT");
        String print = Api.unique("PRINT");
        Seed.template(vendor, m, export, "licenseType", "FEATURE", "name", "Export");
        Seed.template(vendor, m, print, "licenseType", "FEATURE", "name", "Print");
        String customer = licensee();
        Seed.license(vendor, customer, export, Api.unique("L"));

        JsonObject features = module(broker.answer(customer), m);
        assertThat(features.getBoolean("valid")).isTrue();
        assertThat(features.getJsonArray(export).getJsonObject(0).getBoolean("valid"))
                .isTrue();
        assertThat(features.getJsonArray(export).getJsonObject(0).getString("featureName"))
                .isEqualTo("Export");
        assertThat(features.getJsonArray(print).getJsonObject(0).getBoolean("valid"))
                .isFalse();
    }

    @Test
    void payPerUseReservesOnlyWhatFitsAndBillsWhatWasUsed() {
        String m = addModule("PayPerUse");
        String credits = Api.unique("CREDITS");
        Seed.template(vendor, m, credits, "licenseType", "QUANTITY", "quantity", 10);
        String customer = licensee();
        Seed.license(vendor, customer, credits, Api.unique("L"));

        JsonObject reserved = module(broker.answer(customer, "modules", params(m, "reserveQuantity", 3)), m);
        assertThat(reserved.getBoolean("valid")).isTrue();
        assertThat(reserved.getInt("remainingQuantity")).isEqualTo(7);

        JsonObject tooMuch = module(broker.answer(customer, "modules", params(m, "reserveQuantity", "8")), m);
        assertThat(tooMuch.getBoolean("valid")).isFalse();
        assertThat(tooMuch.getInt("remainingQuantity"))
                .as("a reservation that does not fit writes nothing off")
                .isEqualTo(7);

        JsonObject overdraft = module(broker.answer(customer, "modules", params(m, "usedQuantity", "8")), m);
        assertThat(overdraft.getBoolean("valid")).isFalse();
        assertThat(overdraft.getInt("remainingQuantity"))
                .as("what was used is written off, the balance goes negative for the vendor to bill")
                .isEqualTo(-1);
        assertThat(module(broker.answer(customer, "dryRun", true), m).getInt("remainingQuantity"))
                .isEqualTo(-1);
    }

    @Test
    void quotaAddsUpTheActiveLicenses() {
        String m = addModule("Quota");
        String seats = Api.unique("USERS");
        Seed.template(vendor, m, seats, "licenseType", "QUANTITY", "quantity", 25);
        String customer = licensee();
        Seed.license(vendor, customer, seats, Api.unique("L"));
        Seed.license(vendor, customer, seats, Api.unique("L"));
        String inactive = Api.unique("L");
        Seed.license(vendor, customer, seats, inactive, "active", false);

        JsonObject quota = module(broker.answer(customer), m);
        assertThat(quota.getBoolean("valid")).isTrue();
        assertThat(quota.getInt("quota")).isEqualTo(50);
    }

    @Test
    void nodeLockedRegistersClientNodesUntilTheSlotsAreUsed() {
        String m = addModule("NodeLocked", "nodeSecretMode", "CLIENT");
        String node = Api.unique("NODE");
        Seed.template(vendor, m, node, "licenseType", "QUANTITY", "quantity", 1);
        String customer = licensee();
        Seed.license(vendor, customer, node, Api.unique("L"));

        JsonObject first = module(broker.answer(customer, "modules", params(m, "nodeSecret", "machine-a")), m);
        assertThat(first.getBoolean("valid")).isTrue();
        assertThat(first.getInt("nodeSlotsFree")).isZero();
        assertThat(module(broker.answer(customer, "modules", params(m, "nodeSecret", "machine-a")), m)
                        .getBoolean("valid"))
                .as("a registered node stays valid")
                .isTrue();
        JsonObject second = module(broker.answer(customer, "modules", params(m, "nodeSecret", "machine-b")), m);
        assertThat(second.getBoolean("valid")).isFalse();
        assertThat(reasons(second)).containsExactly("noFreeNodeSlot");
    }

    @Test
    void nodeLockedInPredefinedModeAcceptsOnlyTheVendorsSecrets() {
        String m = addModule("NodeLocked");
        String node = Api.unique("NODE");
        Seed.template(vendor, m, node, "licenseType", "QUANTITY", "quantity", 1);
        String customer = licensee();
        Seed.license(vendor, customer, node, Api.unique("L"), "properties", Json.object("nodeSecret", "known"));

        assertThat(module(broker.answer(customer, "modules", params(m, "nodeSecret", "known")), m)
                        .getBoolean("valid"))
                .isTrue();
        JsonObject stranger = module(broker.answer(customer, "modules", params(m, "nodeSecret", "other")), m);
        assertThat(reasons(stranger)).containsExactly("unknownNode");
    }

    @Test
    void pricingTableAnswersThePlanAndEachSku() {
        String skudef = "{\"skus\":[{\"number\":\"export\",\"type\":\"FEATURE\"},"
                + "{\"number\":\"users\",\"type\":\"QUOTA\",\"name\":\"Users\"}]}";
        String m = addModule("PricingTable", "skudef", skudef);
        String pro = Api.unique("PRO");
        Seed.monthlyPlan(vendor, m, pro);
        String customer = licensee();
        Seed.license(
                vendor,
                customer,
                pro,
                Api.unique("L"),
                "startDate",
                Instant.now().toString());

        JsonObject plan = module(broker.answer(customer), m);
        assertThat(plan.getBoolean("valid")).isTrue();
        assertThat(plan.getString("pricingPlanId")).isEqualTo(pro);
        assertThat(plan.getString("pricingPlanType")).isEqualTo("RECURRING");
        assertThat(plan.getJsonArray("export").getJsonObject(0).getBoolean("valid"))
                .isTrue();
        assertThat(plan.getJsonArray("users").getJsonObject(0).getInt("quota")).isEqualTo(10);
    }

    @Test
    void aCustomModelDroppedIntoTheWarIsListedAndEvaluatedLikeABuiltIn() {
        assumeTrue(Deployments.hasTestExtras(), "the deployment is the unchanged WAR, without the custom model");
        JsonObject listed = vendor.get("licensing-models").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(model -> model.getString("name").equals(SampleSeatCountEvaluator.NAME))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the custom model is not listed"));
        assertThat(listed.toString()).contains("minimumLicenses");
        String m = addModule(SampleSeatCountEvaluator.NAME, "minimumLicenses", "2");
        String seat = Api.unique("SEAT");
        Seed.template(vendor, m, seat);
        String customer = licensee();
        Seed.license(vendor, customer, seat, Api.unique("L"));

        assertThat(module(broker.answer(customer), m).getBoolean("valid"))
                .as("one license of two")
                .isFalse();
        Seed.license(vendor, customer, seat, Api.unique("L"));
        JsonObject answer = module(broker.answer(customer), m);
        assertThat(answer.getBoolean("valid")).isTrue();
        assertThat(answer.getString("licensingModel")).isEqualTo(SampleSeatCountEvaluator.NAME);
    }

    @Test
    void oneValidationEvaluatesEveryModuleOfTheProduct() {
        String subscription = addModule("Subscription");
        String quota = addModule("Quota");
        String customer = licensee();

        JsonObject answer = broker.answer(customer);
        assertThat(answer.getJsonArray("modules")).hasSize(2);
        assertThat(module(answer, subscription).getString("licensingModel")).isEqualTo("Subscription");
        assertThat(module(answer, quota).getString("licensingModel")).isEqualTo("Quota");
        assertThat(answer.getBoolean("valid")).as("a licensee with no licenses").isFalse();
        assertThat(Instant.parse(answer.getString("ttl"))).isAfter(Instant.now());
    }
}
