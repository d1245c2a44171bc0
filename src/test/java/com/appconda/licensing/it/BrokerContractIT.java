package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.module;
import static com.appconda.licensing.it.Broker.params;
import static com.appconda.licensing.it.Broker.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.verifier.LicenseVerificationException;
import com.appconda.licensing.verifier.LicenseVerifier;
import com.appconda.licensing.verifier.OfflineLicense;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Broker promises around the verdicts: auto-create, licensee secrets, signed answers that
 * the vendor's software can check, offline files checked by the standalone verifier jar, key
 * rotation, idempotent consumption, Broker-only keys and clear errors.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerContractIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    Api vendor;
    String product;
    String feature;
    Broker broker;

    /** A product with one MultiFeature module and a FEATURE template: one license makes a licensee valid. */
    @BeforeEach
    void product() {
        vendor = Api.signUpVendor(base, "broker");
        product = Api.unique("P");
        Seed.product(vendor, product);
        feature = Api.unique("M");
        Seed.module(vendor, product, feature, "licensingModel", "MultiFeature");
        broker = new Broker(vendor, product);
    }

    private String licensedCustomer(Object... licenseeFields) {
        String template = Api.unique("T");
        Seed.template(vendor, feature, template);
        String customer = Api.unique("C");
        Seed.licensee(vendor, product, customer, licenseeFields);
        Seed.license(vendor, customer, template, Api.unique("L"));
        return customer;
    }

    @Test
    void autoCreateMakesTheLicenseeOnFirstValidationWithTheAutomaticLicenses() {
        vendor.patch("products/" + product, Json.object("licenseeAutoCreate", true))
                .ok();
        Seed.template(vendor, feature, Api.unique("FREE"), "automatic", true);
        String newcomer = Api.unique("NEW");

        JsonObject answer = broker.answer(newcomer, "licenseeName", "Jane");

        assertThat(answer.getBoolean("valid"))
                .as("the automatic license counts at once")
                .isTrue();
        assertThat(vendor.get("licensees/" + newcomer).ok().getString("name")).isEqualTo("Jane");
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + newcomer)).isEqualTo(1);

        String dryRunner = Api.unique("DRY");
        assertThat(broker.answer(dryRunner, "dryRun", true).getBoolean("valid")).isFalse();
        vendor.get("licensees/" + dryRunner).problem(404);
    }

    @Test
    void withoutAutoCreateAnUnknownLicenseeIsNotFound() {
        broker.validate(Api.unique("NOBODY")).problem(404);
        assertThat(Seed.count(vendor, "licensees?productNumber=" + product)).isZero();
    }

    @Test
    void anUnknownProductIsNotFoundAndAForeignLicenseeIsRefused() {
        String customer = licensedCustomer();
        new Broker(vendor, "NO-SUCH-PRODUCT").validate(customer).problem(404);

        String other = Api.unique("P");
        Seed.product(vendor, other);
        new Broker(vendor, other).validate(customer).clientError();
    }

    /** Integration finding 9: a wrong product was a 404 on validate and a 400 on offline-license. */
    @Test
    void aWrongProductIsAnsweredAlikeByValidateAndOfflineLicense() {
        String customer = licensedCustomer();
        String other = Api.unique("P");
        Seed.product(vendor, other);
        String path = "licensees/" + customer + "/";

        JsonObject unknownOnValidate =
                new Broker(vendor, "NO-SUCH-PRODUCT").validate(customer).problem(404);
        JsonObject unknownOffline = vendor.post(
                        path + "offline-license", Json.object("productNumber", "NO-SUCH-PRODUCT"))
                .problem(404);
        assertThat(unknownOffline.getString("detail"))
                .isEqualTo(unknownOnValidate.getString("detail"))
                .contains("'NO-SUCH-PRODUCT'");
        JsonObject otherOnValidate =
                new Broker(vendor, other).validate(customer).problemNaming(422, "productNumber");
        JsonObject otherOffline = vendor.post(path + "offline-license", Json.object("productNumber", other))
                .problemNaming(422, "productNumber");
        assertThat(otherOffline.getString("detail")).isEqualTo(otherOnValidate.getString("detail"));
    }

    @Test
    void clientSecretModeStoresTheFirstSecretAndRefusesAnyOther() {
        vendor.patch("products/" + product, Json.object("licenseeSecretMode", "CLIENT"))
                .ok();
        String customer = licensedCustomer();

        JsonObject missing = broker.answer(customer);
        assertThat(missing.getBoolean("valid")).isFalse();
        assertThat(reasons(module(missing, feature))).containsExactly("licenseeSecretMissing");
        assertThat(broker.answer(customer, "licenseeSecret", "machine-one").getBoolean("valid"))
                .isTrue();
        assertThat(broker.answer(customer, "licenseeSecret", "machine-one").getBoolean("valid"))
                .isTrue();

        JsonObject other = broker.answer(customer, "licenseeSecret", "machine-two");
        assertThat(other.getBoolean("valid")).isFalse();
        assertThat(reasons(module(other, feature))).containsExactly("licenseeSecretMismatch");
    }

    @Test
    void predefinedSecretModeAcceptsOnlyTheSecretTheVendorSet() {
        vendor.patch("products/" + product, Json.object("licenseeSecretMode", "PREDEFINED"))
                .ok();
        String customer = licensedCustomer("licenseeSecret", "s3cret");
        assertThat(vendor.get("licensees/" + customer).ok())
                .as("the secret is write-only")
                .doesNotContainKey("licenseeSecret");

        assertThat(broker.answer(customer, "licenseeSecret", "s3cret").getBoolean("valid"))
                .isTrue();
        assertThat(reasons(module(broker.answer(customer, "licenseeSecret", "guess"), feature)))
                .containsExactly("licenseeSecretMismatch");
    }

    @Test
    void everyAnswerIsSignedAndATamperedAnswerFailsVerification() throws Exception {
        String customer = licensedCustomer();
        JsonObject key = vendor.get("vendor/public-key").ok();
        LicenseVerifier verifier = LicenseVerifier.trusting(key.getString("keyId"), key.getString("publicKey"));

        Reply reply = broker.validate(customer, "nonce", "n-123");
        Broker.assertSigned(reply);
        LicenseVerifier.Request asked = new LicenseVerifier.Request(customer, product, "n-123");
        Map<String, Object> answer =
                verifier.verifyAnswer(reply.body(), reply.header("Licensing-Signature"), asked, Instant.now());
        assertThat(answer.get("valid")).isEqualTo(true);
        assertThatThrownBy(() -> verifier.verifyAnswer(
                        reply.body(),
                        reply.header("Licensing-Signature"),
                        new LicenseVerifier.Request(customer, product, "n-124"),
                        Instant.now()))
                .as("the caller's nonce is bound into the signed answer: a replay to another request fails")
                .hasMessageContaining("nonce");

        String forged = reply.body().replace("\"licenseeNumber\":\"" + customer, "\"licenseeNumber\":\"X" + customer);
        assertThat(forged).isNotEqualTo(reply.body());
        assertThatThrownBy(
                        () -> verifier.verifyAnswer(forged, reply.header("Licensing-Signature"), asked, Instant.now()))
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> verifier.verifyAnswer(
                        reply.body(),
                        reply.header("Licensing-Signature"),
                        asked,
                        Instant.now().plus(Duration.ofDays(1))))
                .as("past its ttl")
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("ttl");
    }

    @Test
    void afterKeyRotationAnswersSignedWithThePreviousKeyStillVerify() throws Exception {
        String customer = licensedCustomer();
        Reply before = broker.validate(customer, "nonce", "before");
        String oldKey = vendor.get("vendor/public-key").ok().getString("keyId");

        JsonObject rotated = vendor.post("vendor/signing-keys", Json.object()).created();
        assertThat(rotated.getString("keyId")).isNotEqualTo(oldKey);
        Reply after = broker.validate(customer, "nonce", "after");
        assertThat(after.header("Licensing-Signature")).contains("keyId=\"" + rotated.getString("keyId") + "\"");

        Map<String, String> trusted = new LinkedHashMap<>();
        vendor.get("vendor/signing-keys")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(k -> trusted.put(k.getString("keyId"), k.getString("publicKey")));
        assertThat(trusted).containsKeys(oldKey, rotated.getString("keyId"));
        LicenseVerifier verifier = new LicenseVerifier(trusted);
        verifier.verifyAnswer(
                before.body(),
                before.header("Licensing-Signature"),
                new LicenseVerifier.Request(customer, product, "before"),
                Instant.now());
        verifier.verifyAnswer(
                after.body(),
                after.header("Licensing-Signature"),
                new LicenseVerifier.Request(customer, product, "after"),
                Instant.now());
    }

    @Test
    void theStandaloneVerifierJarAcceptsAnOfflineFileAndRefusesATamperedOne() throws Exception {
        String customer = licensedCustomer();
        JsonObject key = vendor.get("vendor/public-key").ok();
        String trust = key.getString("keyId") + "=" + key.getString("publicKey");
        Reply offline = vendor.post(
                "licensees/" + customer + "/offline-license", Json.object("productNumber", product, "validDays", 7));
        Path file = files.resolve("license.json");
        Files.writeString(file, offline.expect(200).body());

        Verification accepted = verify(trust, file);
        assertThat(accepted.exitCode).as(accepted.output).isZero();
        assertThat(accepted.output).contains("VERIFIED", customer, feature + ": valid=true until ");

        JsonObject document = offline.json();
        String payload =
                new String(Base64.getUrlDecoder().decode(document.getString("payload")), StandardCharsets.UTF_8);
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("\"valid\":false", "\"valid\":true")
                        .replace("\"expiresAt\":\"", "\"expiresAt\":\"9")
                        .getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, Json.with(document, "payload", forgedPayload).toString());
        Verification refused = verify(trust, file);
        assertThat(refused.exitCode).as(refused.output).isEqualTo(1);
        assertThat(refused.output).contains("REFUSED");
    }

    @Test
    void anOfflineFileIsRefusedOnceItExpired() throws Exception {
        String customer = licensedCustomer();
        JsonObject key = vendor.get("vendor/public-key").ok();
        String file = vendor.post(
                        "licensees/" + customer + "/offline-license",
                        Json.object("productNumber", product, "validDays", 1))
                .expect(200)
                .body();
        LicenseVerifier verifier = LicenseVerifier.trusting(key.getString("keyId"), key.getString("publicKey"));

        assertThat(verifier.verifyOfflineLicense(file, Instant.now()).licenseeNumber())
                .isEqualTo(customer);
        assertThatThrownBy(
                        () -> verifier.verifyOfflineLicense(file, Instant.now().plus(Duration.ofDays(2))))
                .isInstanceOf(LicenseVerificationException.class)
                .hasMessageContaining("expired");
        vendor.post(
                        "licensees/" + customer + "/offline-license",
                        Json.object("productNumber", product, "validDays", 5000))
                .problemNaming(400, "validDays");
    }

    /**
     * Finding 1 of the integration review: a one-day subscription and a 14-day trial inside a 30-day file were
     * valid for the file's 30 days. Each module now carries its own end, and the verifier decides at the instant.
     */
    @Test
    void aModuleInAnOfflineFileIsValidUntilItsOwnEndNotUntilTheFileExpires() throws Exception {
        String subscription = Api.unique("SUB");
        Seed.module(vendor, product, subscription, "licensingModel", "Subscription");
        String daily = Api.unique("T");
        Seed.template(
                vendor, subscription, daily, "licenseType", "TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", "DAY");
        String trial = Api.unique("TRY");
        Seed.module(vendor, product, trial, "licensingModel", "TryAndBuy");
        Seed.fourteenDayTrial(vendor, trial);
        String customer = licensedCustomer();
        Instant started = Instant.now();
        Seed.license(vendor, customer, daily, Api.unique("L"), "startDate", started.toString());
        broker.validate(customer).expect(200);
        JsonObject key = vendor.get("vendor/public-key").ok();
        LicenseVerifier verifier = LicenseVerifier.trusting(key.getString("keyId"), key.getString("publicKey"));
        String file = vendor.post(
                        "licensees/" + customer + "/offline-license",
                        Json.object("productNumber", product, "validDays", 30))
                .expect(200)
                .body();

        OfflineLicense now = verifier.verifyOfflineLicense(file, Instant.now());
        assertThat(List.of(feature, subscription, trial))
                .allSatisfy(m -> assertThat(now.isValid(m)).as(m).isTrue());
        Instant subscriptionEnd = now.validUntil(subscription).orElseThrow();
        assertThat(subscriptionEnd).isBetween(started.plus(Duration.ofHours(23)), started.plus(Duration.ofHours(25)));
        assertThat(now.validUntil(trial).orElseThrow())
                .isBetween(started.plus(Duration.ofDays(13)), started.plus(Duration.ofDays(15)));
        assertThat(now.validUntil(feature)).contains(now.expiresAt());

        OfflineLicense inTwoDays =
                verifier.verifyOfflineLicense(file, Instant.now().plus(Duration.ofDays(2)));
        assertThat(inTwoDays.isValid(subscription))
                .as("a one-day subscription after two days")
                .isFalse();
        assertThat(inTwoDays.isValid(trial)).isTrue();
        assertThat(inTwoDays.isValid(feature)).isTrue();
        OfflineLicense inTwentyDays =
                verifier.verifyOfflineLicense(file, Instant.now().plus(Duration.ofDays(20)));
        assertThat(inTwentyDays.isValid(trial))
                .as("a 14-day trial after 20 days")
                .isFalse();
        assertThat(inTwentyDays.isValid(feature)).isTrue();
        assertThat(now.isValid(subscription, subscriptionEnd)).isFalse();
        assertThat(now.isValid(subscription, subscriptionEnd.minusSeconds(1))).isTrue();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyConsumesOnce() {
        String credits = Api.unique("PPU");
        Seed.module(vendor, product, credits, "licensingModel", "PayPerUse");
        String pack = Api.unique("T");
        Seed.template(vendor, credits, pack, "licenseType", "QUANTITY", "quantity", 10);
        String customer = Api.unique("C");
        Seed.licensee(vendor, product, customer);
        Seed.license(vendor, customer, pack, Api.unique("L"));
        String key = Api.unique("job");

        Reply first = broker.validateIdempotently(customer, key, "modules", params(credits, "usedQuantity", 3));
        Reply retry = broker.validateIdempotently(customer, key, "modules", params(credits, "usedQuantity", 3));

        assertThat(module(first.ok(), credits).getInt("remainingQuantity")).isEqualTo(7);
        assertThat(retry.body()).as("the stored answer, byte for byte").isEqualTo(first.body());
        assertThat(retry.header("Licensing-Signature")).isEqualTo(first.header("Licensing-Signature"));
        broker.validateIdempotently(customer, key, "modules", params(credits, "usedQuantity", 4))
                .clientError();
        assertThat(module(broker.answer(customer, "dryRun", true), credits).getInt("remainingQuantity"))
                .isEqualTo(7);
    }

    @Test
    void aBrokerOnlyKeyValidatesButCannotTouchTheCatalog() {
        String customer = licensedCustomer();
        String secret =
                vendor.post("api-keys", Json.object("role", "BROKER")).created().getString("secret");
        Api brokerKey = vendor.withBearer(secret);

        assertThat(new Broker(brokerKey, product).answer(customer).getBoolean("valid"))
                .isTrue();
        brokerKey.post("products", Json.object("name", "sneaky")).problem(403);
        brokerKey.delete("products/" + product).problem(403);
        brokerKey.patch("licensees/" + customer, Json.object("name", "renamed")).problem(403);
        assertThat(vendor.get("products/" + product).ok().getString("number")).isEqualTo(product);
    }

    @Test
    void aKeyLimitedToOneLicenseeCannotValidateAnother() {
        String mine = licensedCustomer();
        String theirs = licensedCustomer();
        String secret = vendor.post("api-keys", Json.object("role", "BROKER", "licenseeNumber", mine))
                .created()
                .getString("secret");
        Broker limited = new Broker(vendor.withBearer(secret), product);

        assertThat(limited.answer(mine).getBoolean("valid")).isTrue();
        limited.validate(theirs).problem(403);
    }

    @Test
    void badModuleParametersAreRefusedNamingTheParameter() {
        String customer = licensedCustomer();
        broker.validate(customer, "modules", params("NO-SUCH-MODULE", "x", "1"))
                .problemNaming(400, "modules.NO-SUCH-MODULE");
        broker.validate(customer, "modules", Map.of(feature, Map.of("nested", Map.of("a", "b"))))
                .problemNaming(400, "modules." + feature + ".nested");
        broker.validate(customer, "modules", params(feature, "sessionId", "s".repeat(201)))
                .problemNaming(400, "modules." + feature + ".sessionId");
        vendor.send("POST", "licensees/" + customer + "/validate", "{\"productNumber\":")
                .problem(400);
        vendor.send("POST", "licensees/" + customer + "/validate", "[]").problem(400);
    }

    private record Verification(int exitCode, String output) {}

    /** Runs {@code java -jar applicensing-verifier.jar KEY LICENSE_FILE} as vendor software would. */
    private static Verification verify(String trust, Path file) throws IOException, InterruptedException {
        String jar = System.getProperty("applicensing.verifier");
        assertThat(jar).as("failsafe passes the verifier jar's path").isNotNull();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar, trust, file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Verification(process.exitValue(), output);
    }
}
