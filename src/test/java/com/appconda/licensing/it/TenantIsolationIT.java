package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vendor B tries every read, list, change, delete and body reference on vendor A's numbers. Each must
 * answer exactly what a number that exists nowhere answers (same status, same problem document), and
 * vendor A must find everything unchanged afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    private static final String GHOST = "GHOST-0000000000";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api vendorA;
    private static Api vendorB;
    /** Vendor A's entities by collection path, e.g. "products" to A's product number. */
    private static final Map<String, String> A_NUMBERS = new LinkedHashMap<>();

    private static String aKey;
    private static String aKeySecret;
    private static String bProduct;
    private static String bModule;
    private static String bTemplate;
    private static String bLicensee;

    @BeforeEach
    void seedOnce() {
        if (vendorA != null) {
            return;
        }
        vendorA = Api.signUpVendor(base, "tenant-a");
        vendorB = Api.signUpVendor(base, "tenant-b");
        String product = Api.unique("PA");
        String module = Api.unique("MA");
        String template = Api.unique("TA");
        String licensee = Api.unique("IA");
        String license = Api.unique("LA");
        Seed.product(vendorA, product, "properties", Map.of("secret", "A only"));
        Seed.module(vendorA, product, module);
        Seed.template(vendorA, module, template, "price", 10);
        Seed.licensee(vendorA, product, licensee);
        Seed.license(vendorA, licensee, template, license);
        A_NUMBERS.put("products", product);
        A_NUMBERS.put("product-modules", module);
        A_NUMBERS.put("license-templates", template);
        A_NUMBERS.put("licensees", licensee);
        A_NUMBERS.put("licenses", license);
        JsonObject key = vendorA.post("api-keys", Json.object("role", "ADMIN", "description", "A's key"))
                .created();
        aKey = key.getString("number");
        aKeySecret = key.getString("secret");

        bProduct = Seed.product(vendorB, Api.unique("PB")).getString("number");
        bModule = Seed.module(vendorB, bProduct, Api.unique("MB")).getString("number");
        bTemplate = Seed.template(vendorB, bModule, Api.unique("TB")).getString("number");
        bLicensee = Seed.licensee(vendorB, bProduct, Api.unique("IB")).getString("number");
    }

    static Stream<Arguments> foreignAccesses() {
        return Stream.of("products", "product-modules", "license-templates", "licensees", "licenses")
                .flatMap(collection -> Stream.of(
                        Arguments.of(collection, "GET", "", null),
                        Arguments.of(collection, "PATCH", "", "{\"name\":\"taken over\",\"active\":false}"),
                        Arguments.of(collection, "PATCH", "", "{\"number\":\"RENUMBERED\"}"),
                        Arguments.of(collection, "DELETE", "", null),
                        Arguments.of(collection, "DELETE", "?forceCascade=true", null)));
    }

    @ParameterizedTest(name = "{1} {0}/<A's number>{2}")
    @MethodSource("foreignAccesses")
    void anotherVendorsNumberAnswersExactlyLikeANumberThatExistsNowhere(
            String collection, String method, String query, String body) {
        String number = A_NUMBERS.get(collection);
        Map<String, JsonObject> before = snapshotOfA();

        Reply foreign = vendorB.send(method, collection + "/" + number + query, body);
        Reply ghost = vendorB.send(method, collection + "/" + GHOST + query, body);

        JsonObject expected = ghost.problemOfType(404, "not-found");
        JsonObject actual = foreign.problemOfType(404, "not-found");
        assertThat(actual.toString()).isEqualTo(expected.toString().replace(GHOST, number));
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void anotherVendorsListsAreEmptyEvenWhenFilteredByANumbersOfA() {
        assertThat(Seed.count(vendorB, "products?name=Product")).isEqualTo(1);
        assertThat(Seed.count(vendorB, "product-modules?productNumber=" + A_NUMBERS.get("products")))
                .isZero();
        assertThat(Seed.count(vendorB, "license-templates?productModuleNumber=" + A_NUMBERS.get("product-modules")))
                .isZero();
        assertThat(Seed.count(vendorB, "licensees?productNumber=" + A_NUMBERS.get("products")))
                .isZero();
        assertThat(Seed.count(vendorB, "licenses?licenseeNumber=" + A_NUMBERS.get("licensees")))
                .isZero();
        assertThat(Seed.count(vendorB, "licenses?licenseTemplateNumber=" + A_NUMBERS.get("license-templates")))
                .isZero();
        assertThat(vendorB.get("api-keys").expect(200).jsonArray()).isEmpty();
        for (String collection : A_NUMBERS.keySet()) {
            String listed = vendorB.get(collection + "?size=500").ok().toString();
            A_NUMBERS.values().forEach(number -> assertThat(listed).doesNotContain(number));
        }
    }

    static Stream<Arguments> foreignReferences() {
        return Stream.of(
                Arguments.of(
                        "product-modules",
                        "productNumber",
                        "products",
                        "{\"name\":\"m\",\"licensingModel\":\"Subscription\",\"productNumber\":\"%s\"}"),
                Arguments.of(
                        "license-templates",
                        "productModuleNumber",
                        "product-modules",
                        "{\"name\":\"t\",\"licenseType\":\"FEATURE\",\"productModuleNumber\":\"%s\"}"),
                Arguments.of("licensees", "productNumber", "products", "{\"name\":\"i\",\"productNumber\":\"%s\"}"),
                Arguments.of(
                        "licenses",
                        "licenseeNumber",
                        "licensees",
                        "{\"licenseTemplateNumber\":\"{bTemplate}\",\"licenseeNumber\":\"%s\"}"),
                Arguments.of(
                        "licenses",
                        "licenseTemplateNumber",
                        "license-templates",
                        "{\"licenseeNumber\":\"{bLicensee}\",\"licenseTemplateNumber\":\"%s\"}"));
    }

    @ParameterizedTest(name = "POST {0} with A's {1}")
    @MethodSource("foreignReferences")
    void referencingAnotherVendorsNumberInABodyAnswersLikeAMissingOne(
            String collection, String field, String referenced, String template) {
        String body = template.replace("{bTemplate}", bTemplate).replace("{bLicensee}", bLicensee);
        String number = A_NUMBERS.get(referenced);
        long countBefore = Seed.count(vendorB, collection);
        Map<String, JsonObject> before = snapshotOfA();

        JsonObject actual =
                vendorB.send("POST", collection, body.formatted(number)).problemNaming(400, field);
        JsonObject expected =
                vendorB.send("POST", collection, body.formatted(GHOST)).problemNaming(400, field);

        assertThat(actual.toString()).isEqualTo(expected.toString().replace(GHOST, number));
        assertThat(Seed.count(vendorB, collection)).isEqualTo(countBefore);
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void anotherVendorCannotRevokeAKeyAndTheKeyKeepsWorking() {
        JsonObject actual = vendorB.delete("api-keys/" + aKey).problemOfType(404, "not-found");
        JsonObject expected = vendorB.delete("api-keys/" + GHOST).problemOfType(404, "not-found");

        assertThat(actual.toString()).isEqualTo(expected.toString().replace(GHOST, aKey));
        assertThat(vendorA.withBearer(aKeySecret).get("vendor").ok())
                .isEqualTo(vendorA.get("vendor").ok());
    }

    @Test
    void aKeyActsForItsOwnVendorOnly() {
        Api aByKey = vendorA.withBearer(aKeySecret);

        aByKey.get("products/" + A_NUMBERS.get("products")).ok();
        aByKey.get("products/" + bProduct).problemOfType(404, "not-found");
        assertThat(aByKey.get("vendor").ok().getString("number"))
                .isNotEqualTo(vendorB.get("vendor").ok().getString("number"));
    }

    @Test
    void numbersAreUniquePerVendorSoBothMayUseTheSame() {
        String shared = Api.unique("SHARED");
        JsonObject ofA = Seed.product(vendorA, shared, "name", "A's product");

        JsonObject ofB = Seed.product(vendorB, shared, "name", "B's product");
        vendorB.patch("products/" + shared, Json.object("description", "changed by B"))
                .ok();
        vendorB.delete("products/" + shared).expect(204);

        assertThat(ofB.getString("number")).isEqualTo(shared);
        assertThat(vendorA.get("products/" + shared).ok()).isEqualTo(ofA);
    }

    @Test
    void theDemoVendorsDataIsInvisibleToo() {
        JsonObject expected = vendorB.get("products/" + GHOST).problemOfType(404, "not-found");

        JsonObject actual = vendorB.get("products/DEMO-APP").problemOfType(404, "not-found");

        assertThat(actual.toString()).isEqualTo(expected.toString().replace(GHOST, "DEMO-APP"));
        vendorB.get("licenses/DEMO-LICENSE").problemOfType(404, "not-found");
    }

    /** Every entity of vendor A as A reads it, plus A's account and lists. */
    private static Map<String, JsonObject> snapshotOfA() {
        Map<String, JsonObject> snapshot = new LinkedHashMap<>();
        A_NUMBERS.forEach((collection, number) -> {
            snapshot.put(
                    collection + "/" + number,
                    vendorA.get(collection + "/" + number).ok());
            snapshot.put(collection, vendorA.get(collection).ok());
        });
        snapshot.put("vendor", vendorA.get("vendor").ok());
        return snapshot;
    }
}
