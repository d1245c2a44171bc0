package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
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
 * Licensees and licenses through the API: automatic licenses for new licensees, terms copied from the
 * template at issue (and kept when the template changes later), the same-product rule, references in
 * bodies, lists and deletion.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseeApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api vendor;

    @BeforeEach
    void signUpOnce() {
        if (vendor == null) {
            vendor = Api.signUpVendor(base, "licensees");
        }
    }

    // ---- licensees

    @Test
    void createdLicenseeAnswersItsLocationAndReadsBackTheSame() {
        String product = newProduct();
        String number = Api.unique("I");

        Reply reply = vendor.post(
                "licensees",
                Json.object(
                        "number",
                        number,
                        "name",
                        "ACME Corp",
                        "productNumber",
                        product,
                        "properties",
                        Map.of("crm", "4711")));
        JsonObject licensee = reply.created();

        assertThat(URI.create(reply.header("Location"))).isEqualTo(vendor.uri("licensees/" + number));
        assertThat(licensee.getString("number")).isEqualTo(number);
        assertThat(licensee.getString("name")).isEqualTo("ACME Corp");
        assertThat(licensee.getString("productNumber")).isEqualTo(product);
        assertThat(licensee.getBoolean("markedForTransfer")).isFalse();
        assertThat(licensee.getBoolean("active")).isTrue();
        assertThat(licensee.getBoolean("inUse")).isFalse();
        assertThat(licensee.getJsonObject("properties")).isEqualTo(Json.object("crm", "4711"));
        assertThat(vendor.get("licensees/" + number).ok()).isEqualTo(licensee);
        assertThat(vendor.get("products/" + product).ok().getBoolean("inUse")).isTrue();
    }

    @Test
    void licenseeNumberIsGeneratedWhenLeftOut() {
        JsonObject licensee = vendor.post("licensees", Json.object("productNumber", newProduct()))
                .created();

        assertThat(licensee.getString("number")).matches("I[23456789A-HJKMNP-Z]{10}");
    }

    @Test
    void newLicenseeReceivesOneLicensePerActiveAutomaticTemplateOfItsProduct() {
        String product = newProduct();
        String features = Api.unique("M");
        String subscription = Api.unique("M");
        Seed.module(vendor, product, features);
        Seed.module(vendor, product, subscription, "licensingModel", "Subscription");
        String basic = Seed.template(vendor, features, Api.unique("T"), "automatic", true, "price", 5)
                .getString("number");
        Seed.template(vendor, features, Api.unique("T"), "automatic", true, "active", false);
        Seed.template(vendor, features, Api.unique("T"), "automatic", false);
        String trial = Seed.template(
                        vendor,
                        subscription,
                        Api.unique("T"),
                        "automatic",
                        true,
                        "licenseType",
                        "TIMEVOLUME",
                        "timeVolume",
                        14,
                        "timeVolumePeriod",
                        "DAY",
                        "price",
                        9.99)
                .getString("number");
        String otherProductsModule = Api.unique("M");
        Seed.module(vendor, newProduct(), otherProductsModule);
        Seed.template(vendor, otherProductsModule, Api.unique("T"), "automatic", true);
        String number = Api.unique("I");

        JsonObject licensee = Seed.licensee(vendor, product, number);

        assertThat(licensee.getBoolean("inUse")).isTrue();
        List<JsonObject> licenses =
                items(vendor.get("licenses?licenseeNumber=" + number + "&sort=licenseTemplateNumber")
                        .ok());
        assertThat(licenses)
                .extracting(l -> l.getString("licenseTemplateNumber"))
                .containsExactlyInAnyOrder(basic, trial);
        for (JsonObject license : licenses) {
            assertThat(license.getString("number")).matches("L[23456789A-HJKMNP-Z]{10}");
            assertThat(license.getString("licenseeNumber")).isEqualTo(number);
            assertThat(license.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("0");
            assertThat(license.getBoolean("active")).isTrue();
            assertThat(license.get("startDate")).isNull();
        }
        JsonObject trialLicense = licenses.stream()
                .filter(l -> l.getString("licenseTemplateNumber").equals(trial))
                .findFirst()
                .orElseThrow();
        assertThat(trialLicense.getString("licenseType")).isEqualTo("TIMEVOLUME");
        assertThat(trialLicense.getString("productModuleNumber")).isEqualTo(subscription);
        assertThat(trialLicense.getInt("timeVolume")).isEqualTo(14);
        assertThat(trialLicense.getString("timeVolumePeriod")).isEqualTo("DAY");
    }

    static Stream<Arguments> invalidLicensees() {
        return Stream.of(
                Arguments.of("missing product", Json.object("productNumber", null), "productNumber"),
                Arguments.of("unknown product", Json.object("productNumber", "NO-SUCH-PRODUCT"), "productNumber"),
                Arguments.of("invalid number", Json.object("number", "a/b"), "number"),
                Arguments.of("name too long", Json.object("name", "n".repeat(201)), "name"),
                Arguments.of(
                        "reserved property",
                        Json.object("properties", Map.of("licenseeSecret", "x")),
                        "properties.licenseeSecret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLicensees")
    void invalidLicenseesAreRefusedNamingTheField(String label, JsonObject change, String field) {
        String product = newProduct();

        vendor.post("licensees", Json.merge(Json.object("name", "Customer", "productNumber", product), change))
                .problemNaming(400, field);

        assertThat(Seed.count(vendor, "licensees?productNumber=" + product)).isZero();
    }

    @Test
    void duplicateLicenseeNumberConflicts() {
        String product = newProduct();
        String number = Api.unique("I");
        Seed.licensee(vendor, product, number);

        vendor.post("licensees", Json.object("number", number, "productNumber", product))
                .problemNaming(409, "number");
    }

    @Test
    void licenseePatchKeepsWhatIsLeftOutAndCannotMoveToAnotherProduct() {
        String product = newProduct();
        String number = Api.unique("I");
        JsonObject before = Seed.licensee(vendor, product, number, "properties", Map.of("crm", "1"));

        JsonObject after = vendor.patch(
                        "licensees/" + number,
                        Json.object(
                                "markedForTransfer",
                                true,
                                "revision",
                                before.getJsonNumber("revision").longValue()))
                .ok();
        assertThat(after.getBoolean("markedForTransfer")).isTrue();
        assertThat(Json.without(after, "markedForTransfer", "revision"))
                .isEqualTo(Json.without(before, "markedForTransfer", "revision"));

        vendor.patch("licensees/" + number, Json.object("productNumber", newProduct(), "name", "Moved"))
                .problemNaming(400, "productNumber");
        vendor.patch(
                        "licensees/" + number,
                        Json.object(
                                "name",
                                "Stale",
                                "revision",
                                before.getJsonNumber("revision").longValue()))
                .problemNaming(409, "revision");
        assertThat(vendor.get("licensees/" + number).ok()).isEqualTo(after);
    }

    @Test
    void licenseeListFiltersByProductNameAndActive() {
        String product = newProduct();
        String token = Api.unique("who");
        String alice = Seed.licensee(vendor, product, Api.unique("I"), "name", token + " Alice")
                .getString("number");
        String bob = Seed.licensee(vendor, product, Api.unique("I"), "name", token + " Bob", "active", false)
                .getString("number");
        String carol = Seed.licensee(vendor, newProduct(), Api.unique("I"), "name", token + " Carol")
                .getString("number");

        assertThat(numbers(vendor.get("licensees?productNumber=" + product).ok()))
                .containsExactlyInAnyOrder(alice, bob);
        assertThat(numbers(vendor.get("licensees?name=" + token + "&sort=-name").ok()))
                .containsExactly(carol, bob, alice);
        assertThat(numbers(vendor.get("licensees?productNumber=" + product + "&active=false")
                        .ok()))
                .containsExactly(bob);
        assertThat(numbers(vendor.get("licensees?name=" + Api.q(token.toUpperCase() + " ALICE"))
                        .ok()))
                .containsExactly(alice);
        JsonObject page = vendor.get("licensees?name=" + token + "&size=2&page=1&sort=name")
                .ok();
        assertThat(numbers(page)).containsExactly(carol);
        assertThat(page.getJsonNumber("totalItems").longValue()).isEqualTo(3);
        assertThat(page.getJsonNumber("totalPages").longValue()).isEqualTo(2);
        assertThat(page.getBoolean("hasNext")).isFalse();
    }

    @Test
    void licenseeListCombinesNameAndActiveFilters() {
        String product = newProduct();
        String token = Api.unique("combo");
        String on = Seed.licensee(vendor, product, Api.unique("I"), "name", token + " on")
                .getString("number");
        String off = Seed.licensee(vendor, product, Api.unique("I"), "name", token + " off", "active", false)
                .getString("number");

        assertThat(numbers(
                        vendor.get("licensees?name=" + token + "&active=false").ok()))
                .containsExactly(off);
        assertThat(numbers(vendor.get("licensees?name=" + token + "&active=true&productNumber=" + product)
                        .ok()))
                .containsExactly(on);
    }

    @Test
    void deletingALicenseeWithLicensesConflictsUntilForced() {
        Chain chain = newChain("FEATURE");
        String license = Seed.license(vendor, chain.licensee, chain.template, Api.unique("L"))
                .getString("number");

        assertThat(vendor.delete("licensees/" + chain.licensee)
                        .problemOfType(409, "in-use")
                        .getString("detail"))
                .contains("licenses");
        vendor.get("licenses/" + license).ok();

        vendor.delete("licensees/" + chain.licensee + "?forceCascade=true").expect(204);
        vendor.get("licensees/" + chain.licensee).problemOfType(404, "not-found");
        vendor.get("licenses/" + license).problemOfType(404, "not-found");
        assertThat(vendor.get("license-templates/" + chain.template).ok().getBoolean("inUse"))
                .isFalse();
    }

    @Test
    void anAliasGoesWhereverALicenseeNumberGoesAndIsUniquePerVendor() {
        String product = newProduct();
        String number = Api.unique("I");
        String email = Api.unique("buyer").toLowerCase(java.util.Locale.ROOT) + "@example.com";
        Seed.module(vendor, product, Api.unique("M"));
        JsonObject created = Seed.licensee(vendor, product, number, "aliases", Json.array(email, "crm-" + number));
        assertThat(created.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactlyInAnyOrder(email, "crm-" + number);

        String path = "licensees/" + Api.q(email.toUpperCase(java.util.Locale.ROOT));
        assertThat(vendor.get(path).ok().getString("number")).isEqualTo(number);
        JsonObject answer = vendor.post(path + "/validate", Json.object("productNumber", product))
                .ok();
        assertThat(answer.getString("licenseeNumber")).isEqualTo(number);
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=crm-" + number)).isZero();

        vendor.post("licensees", Json.object("productNumber", product, "aliases", Json.array(email)))
                .problemNaming(409, "aliases");
        vendor.post("licensees", Json.object("number", "crm-" + number, "productNumber", product))
                .problem(409);
        vendor.patch("licensees/" + number, Json.object("aliases", Json.array("")))
                .problemNaming(400, "aliases");
        vendor.post("licensees/" + Api.q("nobody@example.com") + "/validate", Json.object())
                .problemNaming(400, "licenseeNumber");

        vendor.patch("licensees/crm-" + number, Json.object("aliases", Json.array()))
                .ok();
        vendor.get(path).problem(404);
    }

    // ---- licenses

    @Test
    void issuedLicenseCopiesTheTemplatesTerms() {
        Chain chain = newChain(
                "TIMEVOLUME",
                "timeVolume",
                1,
                "timeVolumePeriod",
                "YEAR",
                "price",
                new BigDecimal("49.50"),
                "currency",
                "USD");
        String number = Api.unique("L");

        Reply reply = vendor.post(
                "licenses",
                Json.object(
                        "number",
                        number,
                        "name",
                        "Yearly",
                        "licenseeNumber",
                        chain.licensee,
                        "licenseTemplateNumber",
                        chain.template));
        JsonObject license = reply.created();

        assertThat(URI.create(reply.header("Location"))).isEqualTo(vendor.uri("licenses/" + number));
        assertThat(license.getString("number")).isEqualTo(number);
        assertThat(license.getString("name")).isEqualTo("Yearly");
        assertThat(license.getString("licenseeNumber")).isEqualTo(chain.licensee);
        assertThat(license.getString("licenseTemplateNumber")).isEqualTo(chain.template);
        assertThat(license.getString("productModuleNumber")).isEqualTo(chain.module);
        assertThat(license.getString("licenseType")).isEqualTo("TIMEVOLUME");
        assertThat(license.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("49.5");
        assertThat(license.getString("currency")).isEqualTo("USD");
        assertThat(license.getInt("timeVolume")).isEqualTo(1);
        assertThat(license.getString("timeVolumePeriod")).isEqualTo("YEAR");
        assertThat(license.getBoolean("active")).isTrue();
        assertThat(license.getBoolean("hidden")).isFalse();
        assertThat(license.containsKey("inUse"))
                .as("licenses have no dependants")
                .isFalse();
        assertThat(vendor.get("licenses/" + number).ok()).isEqualTo(license);
        assertThat(vendor.get("licensees/" + chain.licensee).ok().getBoolean("inUse"))
                .isTrue();
        assertThat(vendor.get("license-templates/" + chain.template).ok().getBoolean("inUse"))
                .isTrue();
    }

    @Test
    void issuedLicenseKeepsItsTermsWhenTheTemplateChangesLater() {
        Chain chain = newChain("TIMEVOLUME", "timeVolume", 1, "timeVolumePeriod", "YEAR", "price", 100);
        JsonObject license = Seed.license(vendor, chain.licensee, chain.template, Api.unique("L"));

        vendor.patch(
                        "license-templates/" + chain.template,
                        Json.object(
                                "price", 150, "timeVolume", 6, "timeVolumePeriod", "MONTH", "name", "Half-year plan"))
                .ok();

        assertThat(vendor.get("licenses/" + license.getString("number")).ok()).isEqualTo(license);
        JsonObject later = Seed.license(vendor, chain.licensee, chain.template, Api.unique("L"));
        assertThat(later.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("150");
        assertThat(later.getInt("timeVolume")).isEqualTo(6);
        assertThat(later.getString("timeVolumePeriod")).isEqualTo("MONTH");
    }

    @Test
    void licenseMayOverrideTheTemplatesTermsAndStartDate() {
        Chain chain = newChain("FLOATING", "maxSessions", 5, "price", 100);

        JsonObject license = Seed.license(
                vendor,
                chain.licensee,
                chain.template,
                Api.unique("L"),
                "price",
                0,
                "maxSessions",
                50,
                "startDate",
                "2026-03-01T10:00:00+02:00",
                "hidden",
                true);

        assertThat(license.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(license.getInt("maxSessions")).isEqualTo(50);
        assertThat(license.getString("startDate")).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(license.getBoolean("hidden")).isTrue();
        assertThat(vendor.get("license-templates/" + chain.template).ok().getInt("maxSessions"))
                .isEqualTo(5);
    }

    @Test
    void templateOfAnotherProductIsARuleViolation() {
        Chain chain = newChain("FEATURE");
        Chain other = newChain("FEATURE");

        JsonObject problem = vendor.post(
                        "licenses",
                        Json.object("licenseeNumber", chain.licensee, "licenseTemplateNumber", other.template))
                .problemOfType(422, "rule-violation");

        assertThat(problem.getJsonObject("fields").getString("licenseTemplateNumber"))
                .isEqualTo("wrong product");
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + chain.licensee))
                .isZero();
        assertThat(vendor.get("license-templates/" + other.template).ok().getBoolean("inUse"))
                .isFalse();
    }

    static Stream<Arguments> invalidLicenses() {
        return Stream.of(
                Arguments.of("missing licensee", Json.object("licenseeNumber", null), "licenseeNumber"),
                Arguments.of("unknown licensee", Json.object("licenseeNumber", "NO-SUCH-LICENSEE"), "licenseeNumber"),
                Arguments.of("missing template", Json.object("licenseTemplateNumber", null), "licenseTemplateNumber"),
                Arguments.of(
                        "unknown template",
                        Json.object("licenseTemplateNumber", "NO-SUCH-TEMPLATE"),
                        "licenseTemplateNumber"),
                Arguments.of("negative price", Json.object("price", new BigDecimal("-0.01")), "price"),
                Arguments.of("start date not an instant", Json.object("startDate", "yesterday"), "startDate"),
                Arguments.of("start date without zone", Json.object("startDate", "2026-01-31T10:00:00"), "startDate"),
                Arguments.of("unknown period", Json.object("timeVolumePeriod", "DECADE"), "timeVolumePeriod"),
                Arguments.of("invalid number", Json.object("number", "L 1"), "number"),
                Arguments.of("reserved property", Json.object("properties", Map.of("price", "0")), "properties.price"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLicenses")
    void invalidLicensesAreRefusedNamingTheField(String label, JsonObject change, String field) {
        Chain chain = newChain("FEATURE");

        vendor.post(
                        "licenses",
                        Json.merge(
                                Json.object("licenseeNumber", chain.licensee, "licenseTemplateNumber", chain.template),
                                change))
                .problemNaming(400, field);

        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + chain.licensee))
                .isZero();
    }

    @Test
    void licenseCannotChangeLicenseeOrTemplateButOtherFieldsChange() {
        Chain chain = newChain("FEATURE");
        String otherLicensee =
                Seed.licensee(vendor, chain.product, Api.unique("I")).getString("number");
        String otherTemplate =
                Seed.template(vendor, chain.module, Api.unique("T")).getString("number");
        String number = Api.unique("L");
        JsonObject before = Seed.license(vendor, chain.licensee, chain.template, number);

        vendor.patch("licenses/" + number, Json.object("licenseeNumber", otherLicensee))
                .problemNaming(400, "licenseeNumber");
        vendor.patch("licenses/" + number, Json.object("licenseTemplateNumber", otherTemplate))
                .problemNaming(400, "licenseTemplateNumber");
        assertThat(vendor.get("licenses/" + number).ok()).isEqualTo(before);

        JsonObject after = vendor.patch(
                        "licenses/" + number,
                        Json.object(
                                "active",
                                false,
                                "licenseeNumber",
                                chain.licensee,
                                "properties",
                                Map.of("order", "A-1")))
                .ok();
        assertThat(after.getBoolean("active")).isFalse();
        assertThat(after.getJsonObject("properties")).isEqualTo(Json.object("order", "A-1"));
        assertThat(Json.without(after, "active", "properties", "revision"))
                .isEqualTo(Json.without(before, "active", "properties", "revision"));
        assertThat(numbers(vendor.get("licenses?licenseeNumber=" + chain.licensee + "&active=false")
                        .ok()))
                .containsExactly(number);
        assertThat(numbers(vendor.get("licenses?licenseeNumber=" + chain.licensee + "&active=true")
                        .ok()))
                .isEmpty();
    }

    @Test
    void licenseListFiltersByTemplateAndSorts() {
        Chain chain = newChain("FEATURE");
        String otherTemplate =
                Seed.template(vendor, chain.module, Api.unique("T")).getString("number");
        String token = Api.unique("lic");
        Seed.license(vendor, chain.licensee, chain.template, token + "-b");
        Seed.license(vendor, chain.licensee, chain.template, token + "-a");
        Seed.license(vendor, chain.licensee, otherTemplate, token + "-c");

        assertThat(numbers(vendor.get("licenses?licenseTemplateNumber=" + chain.template)
                        .ok()))
                .containsExactly(token + "-a", token + "-b");
        assertThat(numbers(vendor.get("licenses?licenseeNumber=" + chain.licensee + "&sort=-number")
                        .ok()))
                .containsExactly(token + "-c", token + "-b", token + "-a");
        assertThat(numbers(vendor.get(
                                "licenses?licenseeNumber=" + chain.licensee + "&licenseTemplateNumber=" + otherTemplate)
                        .ok()))
                .containsExactly(token + "-c");
        vendor.get("licenses?sort=price").problemNaming(400, "sort");
    }

    @Test
    void deletingALicenseAnswersNoContentAndFreesItsLicensee() {
        Chain chain = newChain("FEATURE");
        String number = Seed.license(vendor, chain.licensee, chain.template, Api.unique("L"))
                .getString("number");

        vendor.delete("licenses/" + number).expect(204);

        vendor.get("licenses/" + number).problemOfType(404, "not-found");
        vendor.delete("licenses/" + number).problemOfType(404, "not-found");
        assertThat(vendor.get("licensees/" + chain.licensee).ok().getBoolean("inUse"))
                .isFalse();
        vendor.delete("licensees/" + chain.licensee).expect(204);
    }

    private record Chain(String product, String module, String template, String licensee) {}

    /** A product with one module, one template of this type (extra template fields allowed) and one licensee. */
    private static Chain newChain(String licenseType, Object... templateFields) {
        String product = newProduct();
        String module = Api.unique("M");
        String template = Api.unique("T");
        String licensee = Api.unique("I");
        // A model that counts the template's type: TryAndBuy counts FEATURE and TIMEVOLUME.
        switch (licenseType) {
            case "FLOATING" ->
                Seed.module(
                        vendor,
                        product,
                        module,
                        "licensingModel",
                        "Floating",
                        "properties",
                        Json.object("maxCheckoutValidity", "600"));
            case "QUANTITY" -> Seed.module(vendor, product, module, "licensingModel", "PayPerUse");
            default -> Seed.module(vendor, product, module, "licensingModel", "TryAndBuy");
        }
        Seed.template(
                vendor,
                module,
                template,
                Stream.concat(Stream.of("licenseType", licenseType), Arrays.stream(templateFields))
                        .toArray());
        Seed.licensee(vendor, product, licensee);
        return new Chain(product, module, template, licensee);
    }

    private static String newProduct() {
        return Seed.product(vendor, Api.unique("P")).getString("number");
    }

    static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> numbers(JsonObject page) {
        return items(page).stream().map(i -> i.getString("number")).toList();
    }
}
