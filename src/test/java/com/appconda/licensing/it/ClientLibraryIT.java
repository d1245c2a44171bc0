package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.client.FloatingSession;
import com.appconda.licensing.client.LicensingClient;
import com.appconda.licensing.client.LicensingClientException;
import com.appconda.licensing.client.ModuleAnswer;
import com.appconda.licensing.client.Validation;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client library ({@code applicensing-client.jar}) against the server, one product per licensing model, as
 * the vendor's software would use it with a Broker key: typed and verified answers for all nine models, a
 * consumption counted once, a floating seat kept past its checkout validity by the session's renewals and freed on
 * close, a node registered, and the offline fallback when the server is gone.
 */
@ExtendWith(ArquillianExtension.class)
class ClientLibraryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path offlineFiles;

    Api vendor;
    LicensingClient client;
    Map<String, String> trusted;

    @BeforeEach
    void vendorWithABrokerKey() {
        vendor = Api.signUpVendor(base, "client");
        String brokerKey =
                vendor.post("api-keys", Json.object("role", "BROKER")).created().getString("secret");
        trusted = new LinkedHashMap<>();
        vendor.get("vendor/signing-keys")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(key -> trusted.put(key.getString("keyId"), key.getString("publicKey")));
        client = LicensingClient.builder(URI.create(base.toString()), brokerKey)
                .trust(trusted)
                .offlineFiles(offlineFiles)
                .build();
    }

    /** A product with one module of the model; the licensee and its product number. */
    private record Licensed(String licensee, String product, String module) {}

    private Licensed product(String model, Object... moduleProperties) {
        String product = Api.unique("P");
        Seed.product(vendor, product);
        String module = Api.unique("M");
        Seed.module(vendor, product, module, "licensingModel", model, "properties", Json.object(moduleProperties));
        String licensee = Api.unique("C");
        Seed.licensee(vendor, product, licensee);
        return new Licensed(licensee, product, module);
    }

    private String template(Licensed licensed, Object... fields) {
        String number = Api.unique("T");
        Seed.template(vendor, licensed.module(), number, fields);
        return number;
    }

    private void license(Licensed licensed, String template, Object... fields) {
        Seed.license(vendor, licensed.licensee(), template, Api.unique("L"), fields);
    }

    /** A Subscription product whose licensee paid for one period from now. */
    private Licensed subscribedFor(String period) {
        Licensed subscription = product("Subscription");
        license(
                subscription,
                template(subscription, "licenseType", "TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", period),
                "startDate",
                Instant.now().toString());
        return subscription;
    }

    private ModuleAnswer answer(Licensed licensed) {
        Validation validation = client.validate(licensed.licensee(), licensed.product());
        assertThat(validation.fromOfflineFile()).isFalse();
        return validation.module(licensed.module()).orElseThrow();
    }

    @Test
    void subscriptionTryAndBuyAndMultiFeatureAnswerTyped() {
        Licensed subscription = subscribedFor("MONTH");
        ModuleAnswer paid = answer(subscription);
        assertThat(paid.valid()).isTrue();
        assertThat(paid.instant("expires"))
                .hasValueSatisfying(end -> assertThat(end).isAfter(Instant.now().plus(Duration.ofDays(27))));

        Licensed trial = product("TryAndBuy");
        Seed.fourteenDayTrial(vendor, trial.module());
        ModuleAnswer evaluating = answer(trial);
        assertThat(evaluating.valid()).isTrue();
        assertThat(evaluating.flag("evaluation")).contains(true);
        assertThat(evaluating.warningLevel()).isEqualTo("YELLOW");

        Licensed features = product("MultiFeature");
        String export = template(features, "licenseType", "FEATURE");
        license(features, export);
        ModuleAnswer featured = answer(features);
        assertThat(featured.valid()).isTrue();
        assertThat(featured.items(export))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("valid", true));
    }

    @Test
    void payPerUseCountsAConsumptionOnceAndQuotaTellsItsQuota() {
        Licensed credits = product("PayPerUse");
        license(credits, template(credits, "licenseType", "QUANTITY", "quantity", 10));

        Validation used = client.validate(
                credits.licensee(), credits.product(), Map.of(credits.module(), Map.of("usedQuantity", 3)));
        assertThat(used.module(credits.module()).orElseThrow().number("remainingQuantity"))
                .hasValue(7);
        assertThat(answer(credits).number("remainingQuantity"))
                .as("read-only: nothing more written off")
                .hasValue(7);

        Licensed quota = product("Quota");
        license(quota, template(quota, "licenseType", "QUANTITY", "quantity", 20));
        ModuleAnswer projects = answer(quota);
        assertThat(projects.valid()).isTrue();
        assertThat(projects.number("quota")).hasValue(20);
    }

    @Test
    void rentalAndPricingTableAnswerPerItem() {
        Licensed rental = product("Rental");
        String device = template(rental, "licenseType", "FEATURE");
        String week = template(rental, "licenseType", "TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", "WEEK");
        String scanner = Api.unique("SCANNER");
        Seed.license(vendor, rental.licensee(), device, scanner);
        license(
                rental,
                week,
                "startDate",
                Instant.now().toString(),
                "properties",
                Json.object("parentfeature", scanner));
        ModuleAnswer rented = answer(rental);
        assertThat(rented.valid()).isTrue();
        assertThat(rented.items(scanner))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("valid", true));

        Licensed plans = product(
                "PricingTable",
                "skudef",
                "{\"skus\":[{\"number\":\"export\",\"type\":\"FEATURE\"},{\"number\":\"users\",\"type\":\"QUOTA\"}]}");
        String pro = Api.unique("PRO");
        Seed.monthlyPlan(vendor, plans.module(), pro);
        license(plans, pro, "startDate", Instant.now().toString());
        ModuleAnswer plan = answer(plans);
        assertThat(plan.valid()).isTrue();
        assertThat(plan.fields()).containsEntry("pricingPlanId", pro);
        assertThat(plan.items("users"))
                .singleElement()
                .satisfies(item -> assertThat(item.get("quota")).hasToString("10"));
    }

    @Test
    void nodeLockedRegistersThisNodeAndRefusesOneTooMany() {
        Licensed nodes = product("NodeLocked", "nodeSecretMode", "CLIENT");
        license(nodes, template(nodes, "licenseType", "QUANTITY", "quantity", 1));

        Validation here = client.validate(
                nodes.licensee(), nodes.product(), Map.of(nodes.module(), Map.of("nodeSecret", "machine-a")));
        Validation there = client.validate(
                nodes.licensee(), nodes.product(), Map.of(nodes.module(), Map.of("nodeSecret", "machine-b")));

        assertThat(here.isValid(nodes.module())).isTrue();
        assertThat(there.isValid(nodes.module())).isFalse();
        assertThat(there.module(nodes.module()).orElseThrow().hasReason("noFreeNodeSlot"))
                .isTrue();
    }

    /** A 4-second checkout: the session renews it at half its validity, so it is still held after 6 seconds. */
    @Test
    void aFloatingSessionKeepsItsSeatPastTheCheckoutValidityAndFreesItOnClose() throws Exception {
        Licensed seats = product("Floating", "maxCheckoutValidity", "4");
        license(seats, template(seats, "licenseType", "FLOATING", "maxSessions", 1));

        try (FloatingSession session = client.openFloatingSession(seats.licensee(), seats.product(), seats.module())) {
            Instant firstExpiry = session.expiresAt();
            assertThatThrownBy(() -> client.openFloatingSession(seats.licensee(), seats.product(), seats.module()))
                    .isInstanceOfSatisfying(
                            LicensingClientException.NoSeat.class,
                            refused -> assertThat(refused.answer().hasReason("noFreeSeat"))
                                    .isTrue());
            Instant until = Instant.now().plusSeconds(6);
            while (Instant.now().isBefore(until)) {
                assertThat(session.isHeld()).as("held at " + Instant.now()).isTrue();
                Thread.onSpinWait();
            }
            assertThat(session.expiresAt()).as("renewed by the session itself").isAfter(firstExpiry.plusSeconds(1));
            assertThat(answer(seats).number("seatsInUse")).hasValue(1);
        }
        client.forgetCachedAnswers();
        assertThat(answer(seats).number("seatsInUse")).as("checked in on close").hasValue(0);
        try (FloatingSession next = client.openFloatingSession(seats.licensee(), seats.product(), seats.module())) {
            assertThat(next.isHeld()).isTrue();
        }
    }

    @Test
    void whenTheServerIsGoneTheStoredOfflineFileAnswersEachModuleUntilItsEnd() {
        Licensed subscription = subscribedFor("DAY");
        Validation stored = client.refreshOfflineFile(subscription.licensee(), subscription.product(), 30);
        assertThat(stored.isValid(subscription.module())).isTrue();

        LicensingClient offline = LicensingClient.builder(URI.create("http://127.0.0.1:9/"), "alk_unused")
                .trust(trusted)
                .offlineFiles(offlineFiles)
                .retries(2, Duration.ofMillis(10))
                .timeout(Duration.ofSeconds(2))
                .build();
        Validation fallback = offline.validate(subscription.licensee(), subscription.product());

        assertThat(fallback.fromOfflineFile()).isTrue();
        assertThat(fallback.isValid(subscription.module())).isTrue();
        assertThat(fallback.module(subscription.module()).orElseThrow().validUntil())
                .hasValueSatisfying(
                        end -> assertThat(end).isBefore(Instant.now().plus(Duration.ofHours(25))));
        assertThatThrownBy(() -> offline.validate(
                        subscription.licensee(), subscription.product(), Map.of(subscription.module(), Map.of("x", 1))))
                .isInstanceOf(LicensingClientException.Unavailable.class);
    }

    /** The jar alone, as a vendor's build would take it: a program compiled against it and nothing else. */
    @Test
    void aProgramWithOnlyTheClientJarOnItsClassPathValidates() throws Exception {
        Licensed features = product("MultiFeature");
        license(features, template(features, "licenseType", "FEATURE"));
        String jar = System.getProperty("applicensing.client");
        assertThat(jar).as("failsafe passes the client jar's path").isNotNull();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar)) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName).filter(name -> name.endsWith(".class")))
                    .allMatch(name -> name.startsWith("com/appconda/licensing/client/")
                            || name.startsWith("com/appconda/licensing/verifier/"));
        }
        Path program = offlineFiles.resolve("Main.java");
        java.nio.file.Files.writeString(program, """
                import com.appconda.licensing.client.LicensingClient;
                import java.net.URI;
                import java.util.Map;

                public class Main {
                    public static void main(String[] args) {
                        LicensingClient licensing = LicensingClient.builder(URI.create(args[0]), args[1])
                                .trust(Map.of(args[2], args[3]))
                                .build();
                        System.out.println("valid=" + licensing.validate(args[4], args[5]).isValid(args[6]));
                    }
                }
                """);
        Map.Entry<String, String> key = trusted.entrySet().iterator().next();
        String brokerKey = vendor.post("api-keys", Json.object("role", "BROKER", "licenseeNumber", features.licensee()))
                .created()
                .getString("secret");
        Process run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        jar,
                        program.toString(),
                        base.toString(),
                        brokerKey,
                        key.getKey(),
                        key.getValue(),
                        features.licensee(),
                        features.product(),
                        features.module())
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("valid=true");
    }

    @Test
    void aRefusalComesAsAProblemWithItsFields() {
        Licensed credits = product("PayPerUse");
        assertThatThrownBy(() -> client.validate(
                        credits.licensee(),
                        credits.product(),
                        Map.of(credits.module(), Map.of("usedQuantity", "many"))))
                .isInstanceOfSatisfying(LicensingClientException.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.fields()).containsKey("modules." + credits.module() + ".usedQuantity");
                });
    }
}
