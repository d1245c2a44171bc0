package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
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
 * The catalog's REST contract: products, product modules, license templates and the licensing models,
 * with creation (Location, generated numbers), paging, filtering, sorting, PATCH semantics, custom
 * properties, "in use" and deletion with and without the cascade.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

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
            vendor = Api.signUpVendor(base, "catalog");
        }
    }

    // ---- products

    @Test
    void createdProductAnswersItsLocationAndReadsBackTheSame() {
        String number = Api.unique("P");
        Reply reply = vendor.post(
                "products",
                Json.object(
                        "number",
                        number,
                        "name",
                        "Office Suite",
                        "version",
                        "2.1",
                        "description",
                        "Word processing",
                        "licensingInfo",
                        "per seat",
                        "licenseeAutoCreate",
                        true,
                        "licenseeSecretMode",
                        "predefined",
                        "vatMode",
                        "NET"));
        JsonObject created = reply.created();

        assertThat(URI.create(reply.header("Location"))).isEqualTo(vendor.uri("products/" + number));
        assertThat(created.getString("number")).isEqualTo(number);
        assertThat(created.getString("name")).isEqualTo("Office Suite");
        assertThat(created.getString("version")).isEqualTo("2.1");
        assertThat(created.getString("description")).isEqualTo("Word processing");
        assertThat(created.getString("licensingInfo")).isEqualTo("per seat");
        assertThat(created.getBoolean("licenseeAutoCreate")).isTrue();
        assertThat(created.getString("licenseeSecretMode")).isEqualTo("PREDEFINED");
        assertThat(created.getString("vatMode")).isEqualTo("NET");
        assertThat(created.getBoolean("active")).isTrue();
        assertThat(created.getBoolean("inUse")).isFalse();
        assertThat(created.getJsonArray("discounts")).isEmpty();
        assertThat(created.getJsonObject("properties")).isEmpty();
        assertThat(created.containsKey("revision")).isTrue();

        assertThat(vendor.getAbsolute(URI.create(reply.header("Location"))).ok())
                .isEqualTo(created);
    }

    @Test
    void productDefaultsApplyWhenLeftOut() {
        JsonObject created =
                vendor.post("products", Json.object("name", "Minimal")).created();

        assertThat(created.getString("number")).matches("P[23456789A-HJKMNP-Z]{10}");
        assertThat(created.getBoolean("licenseeAutoCreate")).isFalse();
        assertThat(created.getString("licenseeSecretMode")).isEqualTo("DISABLED");
        assertThat(created.getString("vatMode")).isEqualTo("GROSS");
        assertThat(created.getBoolean("active")).isTrue();
    }

    @Test
    void duplicateProductNumberIsAConflictNamingTheNumber() {
        String number = Api.unique("P");
        Seed.product(vendor, number);

        JsonObject problem = vendor.post("products", Json.object("number", number, "name", "Again"))
                .problemNaming(409, "number");
        assertThat(problem.getString("type")).endsWith("/duplicate-number");
        assertThat(vendor.get("products/" + number).ok().getString("name")).isEqualTo("Product " + number);
    }

    @Test
    void unknownProductAnswersNotFoundProblem() {
        JsonObject problem = vendor.get("products/NO-SUCH-PRODUCT").problemOfType(404, "not-found");
        assertThat(problem.getString("detail")).contains("NO-SUCH-PRODUCT");
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndRaisesTheRevision() {
        String number = Api.unique("P");
        JsonObject before = Seed.product(
                vendor, number, "version", "1.0", "description", "first", "properties", Map.of("color", "blue"));

        JsonObject after = vendor.patch("products/" + number, Json.object("description", "second"))
                .ok();

        assertThat(after.getString("description")).isEqualTo("second");
        assertThat(Json.without(after, "description", "revision"))
                .isEqualTo(Json.without(before, "description", "revision"));
        assertThat(after.getJsonNumber("revision").longValue())
                .isEqualTo(before.getJsonNumber("revision").longValue() + 1);
        assertThat(vendor.get("products/" + number).ok()).isEqualTo(after);
    }

    @Test
    void patchWithTheCurrentRevisionSucceedsAndWithAnOldOneConflicts() {
        String number = Api.unique("P");
        long revision = Seed.product(vendor, number).getJsonNumber("revision").longValue();

        JsonObject first = vendor.patch("products/" + number, Json.object("name", "First", "revision", revision))
                .ok();
        JsonObject problem = vendor.patch("products/" + number, Json.object("name", "Second", "revision", revision))
                .problemNaming(409, "revision");

        assertThat(problem.getString("type")).endsWith("/concurrent-modification");
        assertThat(vendor.get("products/" + number).ok()).isEqualTo(first);
    }

    @Test
    void patchOfUnknownProductAnswersNotFound() {
        vendor.patch("products/NO-SUCH-PRODUCT", Json.object("name", "x")).problemOfType(404, "not-found");
    }

    @Test
    void patchWithBlankNameIsRefusedAndChangesNothing() {
        String number = Api.unique("P");
        JsonObject before = Seed.product(vendor, number);

        vendor.patch("products/" + number, Json.object("name", " ", "description", "x"))
                .problemNaming(400, "name");

        assertThat(vendor.get("products/" + number).ok()).isEqualTo(before);
    }

    @Test
    void customPropertiesAreSetKeptAndDeletedByAnEmptyValue() {
        String number = Api.unique("P");
        JsonObject created = Seed.product(vendor, number, "properties", Map.of("color", "blue", "size", "XL"));
        assertThat(created.getJsonObject("properties")).isEqualTo(Json.object("color", "blue", "size", "XL"));

        JsonObject unchanged = vendor.patch("products/" + number, Json.object("name", "Renamed"))
                .ok();
        assertThat(unchanged.getJsonObject("properties")).isEqualTo(Json.object("color", "blue", "size", "XL"));

        JsonObject changed = vendor.patch(
                        "products/" + number, Json.object("properties", Map.of("size", "", "weight", "3kg")))
                .ok();
        assertThat(changed.getJsonObject("properties")).isEqualTo(Json.object("color", "blue", "weight", "3kg"));
        assertThat(vendor.get("products/" + number).ok().getJsonObject("properties"))
                .isEqualTo(changed.getJsonObject("properties"));
    }

    static Stream<Arguments> badPropertyNames() {
        return Stream.of(
                Arguments.of("name", "properties.name"),
                Arguments.of("inUse", "properties.inUse"),
                Arguments.of("1starts-with-digit", "properties"),
                Arguments.of("has space", "properties"),
                Arguments.of("x".repeat(65), "properties"));
    }

    @ParameterizedTest
    @MethodSource("badPropertyNames")
    void propertyNamesThatShadowFieldsOrAreNotIdentifiersAreRefused(String name, String field) {
        String number = Api.unique("P");
        JsonObject before = Seed.product(vendor, number);

        vendor.patch("products/" + number, Json.object("properties", Map.of(name, "v")))
                .problemNaming(400, field);

        assertThat(vendor.get("products/" + number).ok()).isEqualTo(before);
    }

    @Test
    void discountsAreReplacedAsAWholeAndInvalidOnesRefused() {
        String number = Api.unique("P");
        JsonObject created = Seed.product(
                vendor,
                number,
                "discounts",
                Json.array(
                        Json.object("totalPrice", 100, "currency", "EUR", "amountPercent", 10),
                        Json.object("totalPrice", 500, "currency", "USD", "amountFix", 50)));
        assertThat(created.getJsonArray("discounts")).hasSize(2);

        JsonObject replaced = vendor.patch(
                        "products/" + number,
                        Json.object(
                                "discounts",
                                Json.array(Json.object("totalPrice", 1000, "currency", "EUR", "amountPercent", 25))))
                .ok();
        assertThat(replaced.getJsonArray("discounts")).hasSize(1);
        JsonObject discount = replaced.getJsonArray("discounts").getJsonObject(0);
        assertThat(discount.getJsonNumber("totalPrice").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(discount.getJsonNumber("amountPercent").bigDecimalValue()).isEqualByComparingTo("25");

        vendor.patch(
                        "products/" + number,
                        Json.object(
                                "discounts",
                                Json.array(Json.object(
                                        "totalPrice", 10, "currency", "EUR", "amountPercent", 5, "amountFix", 1))))
                .problemNaming(400, "discounts");
        JsonObject reread = vendor.get("products/" + number).ok();
        assertThat(reread.getJsonNumber("revision")).isEqualTo(replaced.getJsonNumber("revision"));
        assertThat(reread.getJsonArray("discounts")).hasSize(1);
        assertThat(reread.getJsonArray("discounts")
                        .getJsonObject(0)
                        .getJsonNumber("totalPrice")
                        .bigDecimalValue())
                .isEqualByComparingTo("1000");
    }

    @Test
    void discountAmountsReadBackExactlyAsTheWriteAnswered() {
        String number = Api.unique("P");
        JsonObject created = Seed.product(
                vendor,
                number,
                "discounts",
                Json.array(
                        Json.object("totalPrice", 1000, "currency", "EUR", "amountPercent", new BigDecimal("12.5"))));

        assertThat(vendor.get("products/" + number).ok()).isEqualTo(created);
    }

    @Test
    void productListPagesWithTotals() {
        String token = Api.unique("pager");
        for (int i = 1; i <= 7; i++) {
            Seed.product(vendor, Api.unique("P"), "name", token + " item " + i);
        }

        JsonObject first = vendor.get("products?name=" + token + "&size=3").ok();
        assertThat(first.getJsonArray("items")).hasSize(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(3);
        assertThat(first.getJsonNumber("totalItems").longValue()).isEqualTo(7);
        assertThat(first.getJsonNumber("totalPages").longValue()).isEqualTo(3);
        assertThat(first.getBoolean("hasNext")).isTrue();

        JsonObject last =
                vendor.get("products?name=" + token + "&size=3&page=2").ok();
        assertThat(last.getJsonArray("items")).hasSize(1);
        assertThat(last.getBoolean("hasNext")).isFalse();

        JsonObject beyond =
                vendor.get("products?name=" + token + "&size=3&page=3").ok();
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("totalItems").longValue()).isEqualTo(7);

        JsonObject defaults = vendor.get("products?name=" + token).ok();
        assertThat(defaults.getInt("size")).isEqualTo(20);
        assertThat(defaults.getJsonArray("items")).hasSize(7);

        List<String> paged = Stream.of(0, 1, 2)
                .flatMap(page -> names(vendor.get("products?name=" + token + "&size=3&page=" + page)
                                .ok())
                        .stream())
                .toList();
        assertThat(paged).doesNotHaveDuplicates().hasSize(7).containsExactlyInAnyOrderElementsOf(names(defaults));
    }

    @Test
    void productListSortsByNameBothWaysAndByNumberByDefault() {
        String token = Api.unique("sorter");
        Seed.product(vendor, token + "-3", "name", token + " beta");
        Seed.product(vendor, token + "-1", "name", token + " gamma");
        Seed.product(vendor, token + "-2", "name", token + " alpha");

        assertThat(names(vendor.get("products?name=" + token + "&sort=name").ok()))
                .containsExactly(token + " alpha", token + " beta", token + " gamma");
        assertThat(names(vendor.get("products?name=" + token + "&sort=-name").ok()))
                .containsExactly(token + " gamma", token + " beta", token + " alpha");
        assertThat(numbers(vendor.get("products?name=" + token).ok()))
                .containsExactly(token + "-1", token + "-2", token + "-3");
        assertThat(numbers(
                        vendor.get("products?name=" + token + "&sort=-number").ok()))
                .containsExactly(token + "-3", token + "-2", token + "-1");
        vendor.get("products?sort=price").problemNaming(400, "sort");
    }

    @Test
    void productListFiltersByNameIgnoringCaseAndLiterally() {
        String token = Api.unique("filter");
        Seed.product(vendor, Api.unique("P"), "name", token + " Tool Alpha");
        Seed.product(vendor, Api.unique("P"), "name", token + " tool beta", "active", false);
        Seed.product(vendor, Api.unique("P"), "name", token + " Gamma 100%");

        assertThat(names(vendor.get("products?name=" + Api.q(token.toUpperCase() + " TOOL"))
                        .ok()))
                .containsExactlyInAnyOrder(token + " Tool Alpha", token + " tool beta");
        assertThat(names(vendor.get("products?name=" + Api.q(token + " gamma 100%"))
                        .ok()))
                .containsExactly(token + " Gamma 100%");
        assertThat(names(vendor.get("products?name=" + Api.q(token + "%tool")).ok()))
                .isEmpty();
        assertThat(names(vendor.get("products?name=" + Api.q(token + " _ool")).ok()))
                .isEmpty();
    }

    @Test
    void productListFiltersByActiveAloneAndTogetherWithName() {
        String token = Api.unique("active");
        String on = Seed.product(vendor, token + "-on", "name", token + " on").getString("number");
        String off = Seed.product(vendor, token + "-off", "name", token + " off", "active", false)
                .getString("number");

        assertThat(numbers(vendor.get("products?active=false&size=500").ok()))
                .contains(off)
                .doesNotContain(on);
        assertThat(numbers(vendor.get("products?active=true&size=500").ok()))
                .contains(on)
                .doesNotContain(off);
        assertThat(numbers(
                        vendor.get("products?name=" + token + "&active=false").ok()))
                .containsExactly(off);
        assertThat(numbers(vendor.get("products?name=" + token + "&active=true").ok()))
                .containsExactly(on);
    }

    @Test
    void renumberingIsAllowedUntilTheProductIsInUse() {
        String number = Api.unique("P");
        Seed.product(vendor, number);
        String renumbered = number + "-B";

        assertThat(vendor.patch("products/" + number, Json.object("number", renumbered))
                        .ok()
                        .getString("number"))
                .isEqualTo(renumbered);
        vendor.get("products/" + number).problem(404);

        Seed.module(vendor, renumbered, Api.unique("M"));
        vendor.patch("products/" + renumbered, Json.object("number", number + "-C"))
                .problemOfType(422, "rule-violation");
        assertThat(vendor.get("products/" + renumbered).ok().getBoolean("inUse"))
                .isTrue();
    }

    @Test
    void deletingAnUnusedProductAnswersNoContentAndItIsGone() {
        String number = Api.unique("P");
        Seed.product(vendor, number);

        Reply deleted = vendor.delete("products/" + number);
        deleted.expect(204);
        assertThat(deleted.body()).isEmpty();
        vendor.get("products/" + number).problemOfType(404, "not-found");
        vendor.delete("products/" + number).problemOfType(404, "not-found");
    }

    @Test
    void deletingAProductInUseConflictsUntilForcedThenCascadesToAllDependants() {
        String product = Api.unique("P");
        String module = Api.unique("M");
        String template = Api.unique("T");
        String licensee = Api.unique("I");
        String license = Api.unique("L");
        Seed.product(vendor, product, "properties", Map.of("k", "v"));
        Seed.module(vendor, product, module);
        Seed.template(vendor, module, template);
        Seed.licensee(vendor, product, licensee);
        Seed.license(vendor, licensee, template, license);
        assertThat(vendor.get("products/" + product).ok().getBoolean("inUse")).isTrue();

        JsonObject problem = vendor.delete("products/" + product).problemOfType(409, "in-use");
        assertThat(problem.getString("detail"))
                .contains("product modules")
                .contains("licensees")
                .contains("forceCascade");
        for (String path : List.of(
                "products/" + product,
                "product-modules/" + module,
                "license-templates/" + template,
                "licensees/" + licensee,
                "licenses/" + license)) {
            vendor.get(path).ok();
        }

        vendor.delete("products/" + product + "?forceCascade=true").expect(204);

        for (String path : List.of(
                "products/" + product,
                "product-modules/" + module,
                "license-templates/" + template,
                "licensees/" + licensee,
                "licenses/" + license)) {
            vendor.get(path).problemOfType(404, "not-found");
        }
    }

    @Test
    void forceCascadeMustBeTrueOrFalse() {
        String number = Api.unique("P");
        Seed.product(vendor, number);

        vendor.delete("products/" + number + "?forceCascade=maybe").problemNaming(400, "forceCascade");
        vendor.delete("products/" + number + "?forceCascade=false").expect(204);
    }

    // ---- product modules

    @Test
    void createdModuleBelongsToItsProductAndMakesItInUse() {
        String product = Api.unique("P");
        Seed.product(vendor, product);
        String number = Api.unique("M");

        Reply reply = vendor.post(
                "product-modules",
                Json.object(
                        "number",
                        number,
                        "name",
                        "Updates",
                        "productNumber",
                        product,
                        "licensingModel",
                        "Subscription",
                        "properties",
                        Map.of("gracePeriod", "3")));
        JsonObject module = reply.created();

        assertThat(URI.create(reply.header("Location"))).isEqualTo(vendor.uri("product-modules/" + number));
        assertThat(module.getString("productNumber")).isEqualTo(product);
        assertThat(module.getString("licensingModel")).isEqualTo("Subscription");
        assertThat(module.getString("name")).isEqualTo("Updates");
        assertThat(module.getBoolean("active")).isTrue();
        assertThat(module.getBoolean("inUse")).isFalse();
        assertThat(module.getJsonObject("properties")).isEqualTo(Json.object("gracePeriod", "3"));
        assertThat(vendor.get("product-modules/" + number).ok()).isEqualTo(module);
        assertThat(vendor.get("products/" + product).ok().getBoolean("inUse")).isTrue();
        assertThat(vendor.post(
                                "product-modules",
                                Json.object(
                                        "name", "Generated", "productNumber", product, "licensingModel", "TryAndBuy"))
                        .created()
                        .getString("number"))
                .startsWith("M")
                .hasSize(11);
    }

    static Stream<Arguments> invalidModules() {
        return Stream.of(
                Arguments.of("unknown model", Json.object("licensingModel", "Lifetime"), "licensingModel"),
                Arguments.of("model case matters", Json.object("licensingModel", "subscription"), "licensingModel"),
                Arguments.of("missing model", Json.object("licensingModel", null), "licensingModel"),
                Arguments.of("missing name", Json.object("name", null), "name"),
                Arguments.of("missing product", Json.object("productNumber", null), "productNumber"),
                Arguments.of("unknown product", Json.object("productNumber", "NO-SUCH-PRODUCT"), "productNumber"),
                Arguments.of(
                        "Floating without maxCheckoutValidity",
                        Json.object("licensingModel", "Floating"),
                        "properties.maxCheckoutValidity"),
                Arguments.of(
                        "Floating with a non-number",
                        Json.object(
                                "licensingModel", "Floating", "properties", Map.of("maxCheckoutValidity", "an hour")),
                        "properties.maxCheckoutValidity"),
                Arguments.of(
                        "Subscription with a non-number grace period",
                        Json.object("properties", Map.of("gracePeriod", "soon")),
                        "properties.gracePeriod"),
                Arguments.of("invalid number", Json.object("number", "has space"), "number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidModules")
    void invalidModulesAreRefusedNamingTheField(String label, JsonObject change, String field) {
        String product = Api.unique("P");
        Seed.product(vendor, product);
        JsonObject valid = Json.object(
                "number",
                Api.unique("M"),
                "name",
                "Module",
                "productNumber",
                product,
                "licensingModel",
                "Subscription");

        vendor.post("product-modules", Json.merge(valid, change)).problemNaming(400, field);

        assertThat(Seed.count(vendor, "product-modules?productNumber=" + product))
                .isZero();
    }

    @Test
    void floatingModuleNeedsItsCheckoutValidity() {
        String product = Api.unique("P");
        Seed.product(vendor, product);

        JsonObject module = Seed.module(
                vendor,
                product,
                Api.unique("M"),
                "licensingModel",
                "Floating",
                "properties",
                Map.of("maxCheckoutValidity", "3600"));
        assertThat(module.getJsonObject("properties").getString("maxCheckoutValidity"))
                .isEqualTo("3600");

        vendor.patch(
                        "product-modules/" + module.getString("number"),
                        Json.object("properties", Map.of("maxCheckoutValidity", "")))
                .problemNaming(400, "properties.maxCheckoutValidity");
        assertThat(vendor.get("product-modules/" + module.getString("number")).ok())
                .isEqualTo(module);
    }

    @Test
    void moduleCannotMoveToAnotherProduct() {
        String product = Api.unique("P");
        String other = Api.unique("P");
        Seed.product(vendor, product);
        Seed.product(vendor, other);
        JsonObject module = Seed.module(vendor, product, Api.unique("M"));

        vendor.patch("product-modules/" + module.getString("number"), Json.object("productNumber", other))
                .problemNaming(400, "productNumber");
        JsonObject same = vendor.patch(
                        "product-modules/" + module.getString("number"),
                        Json.object("productNumber", product, "name", "Renamed"))
                .ok();
        assertThat(same.getString("productNumber")).isEqualTo(product);
        assertThat(same.getString("name")).isEqualTo("Renamed");
    }

    @Test
    void moduleListFiltersByProductModelAndName() {
        String product = Api.unique("P");
        String other = Api.unique("P");
        Seed.product(vendor, product);
        Seed.product(vendor, other);
        String a = Seed.module(vendor, product, Api.unique("M"), "name", "Cloud Sync")
                .getString("number");
        String b = Seed.module(vendor, product, Api.unique("M"), "name", "Reports", "licensingModel", "TryAndBuy")
                .getString("number");
        String c = Seed.module(vendor, other, Api.unique("M"), "name", "Cloud Backup")
                .getString("number");

        assertThat(numbers(
                        vendor.get("product-modules?productNumber=" + product).ok()))
                .containsExactlyInAnyOrder(a, b);
        assertThat(numbers(vendor.get("product-modules?productNumber=" + product + "&licensingModel=TryAndBuy")
                        .ok()))
                .containsExactly(b);
        assertThat(numbers(vendor.get("product-modules?name=cloud&productNumber=" + product)
                        .ok()))
                .containsExactly(a);
        assertThat(numbers(vendor.get("product-modules?name=CLOUD&sort=-productNumber")
                        .ok()))
                .containsSubsequence(product.compareTo(other) > 0 ? List.of(a, c) : List.of(c, a));
        assertThat(numbers(vendor.get("product-modules?productNumber=NO-SUCH-PRODUCT")
                        .ok()))
                .isEmpty();
    }

    @Test
    void moduleInUseByTemplatesConflictsUntilForced() {
        String product = Api.unique("P");
        String module = Api.unique("M");
        String template = Api.unique("T");
        Seed.product(vendor, product);
        Seed.module(vendor, product, module);
        Seed.template(vendor, module, template);
        assertThat(vendor.get("product-modules/" + module).ok().getBoolean("inUse"))
                .isTrue();

        assertThat(vendor.delete("product-modules/" + module)
                        .problemOfType(409, "in-use")
                        .getString("detail"))
                .contains("license templates");
        vendor.get("license-templates/" + template).ok();

        vendor.delete("product-modules/" + module + "?forceCascade=true").expect(204);
        vendor.get("license-templates/" + template).problem(404);
        assertThat(vendor.get("products/" + product).ok().getBoolean("inUse")).isFalse();
    }

    @Test
    void licensingModelsListTheBuiltInsWithTheirParameters() {
        List<JsonObject> models =
                vendor.get("licensing-models").expect(200).jsonArray().getValuesAs(JsonObject.class);

        assertThat(models)
                .extracting(m -> m.getString("name"))
                .contains(
                        "TryAndBuy",
                        "Subscription",
                        "Rental",
                        "Floating",
                        "MultiFeature",
                        "PayPerUse",
                        "Quota",
                        "NodeLocked",
                        "PricingTable");
        JsonObject floating = models.stream()
                .filter(m -> m.getString("name").equals("Floating"))
                .findFirst()
                .orElseThrow();
        JsonObject validity = floating.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("maxCheckoutValidity"))
                .findFirst()
                .orElseThrow();
        assertThat(validity.getBoolean("required")).isTrue();
        assertThat(validity.getString("type")).isEqualTo("COUNT");
        assertThat(validity.getString("description")).isNotBlank();
    }

    // ---- license templates

    static Stream<Arguments> templatesOfEachType() {
        return Stream.of(
                Arguments.of("FEATURE", Json.object()),
                Arguments.of("TIMEVOLUME", Json.object("timeVolume", 30, "timeVolumePeriod", "day")),
                Arguments.of("FLOATING", Json.object("maxSessions", 5)),
                Arguments.of("QUANTITY", Json.object("quantity", 1000)),
                Arguments.of("QUANTITY", Json.object("quantity", -1)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesOfEachType")
    void templatesOfEveryTypeAreCreatedWithTheirValues(String type, JsonObject values) {
        String module = moduleOfNewProduct(modelCounting(type));
        String number = Api.unique("T");

        Reply reply = vendor.post(
                "license-templates",
                Json.merge(
                        Json.object(
                                "number",
                                number,
                                "name",
                                "Plan",
                                "productModuleNumber",
                                module,
                                "licenseType",
                                type.toLowerCase(),
                                "price",
                                new BigDecimal("19.90"),
                                "currency",
                                "USD"),
                        values));
        JsonObject template = reply.created();

        assertThat(URI.create(reply.header("Location"))).isEqualTo(vendor.uri("license-templates/" + number));
        assertThat(template.getString("licenseType")).isEqualTo(type);
        assertThat(template.getString("productModuleNumber")).isEqualTo(module);
        assertThat(template.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("19.9");
        assertThat(template.getString("currency")).isEqualTo("USD");
        assertThat(template.getBoolean("automatic")).isFalse();
        assertThat(template.getBoolean("hidden")).isFalse();
        assertThat(template.getBoolean("inUse")).isFalse();
        values.forEach((name, value) -> assertThat(template.get(name).toString())
                .isEqualTo(value.toString().toUpperCase()));
        assertThat(vendor.get("license-templates/" + number).ok()).isEqualTo(template);
    }

    static Stream<Arguments> templatesMissingTheirTypeValues() {
        return Stream.of(
                Arguments.of("TIMEVOLUME", Json.object(), "timeVolume"),
                Arguments.of("TIMEVOLUME", Json.object("timeVolume", 1), "timeVolume"),
                Arguments.of("TIMEVOLUME", Json.object("timeVolume", 0, "timeVolumePeriod", "DAY"), "timeVolume"),
                Arguments.of(
                        "TIMEVOLUME",
                        Json.object("timeVolume", 1, "timeVolumePeriod", "FORTNIGHT"),
                        "timeVolumePeriod"),
                Arguments.of("FLOATING", Json.object(), "maxSessions"),
                Arguments.of("FLOATING", Json.object("maxSessions", 0), "maxSessions"),
                Arguments.of("QUANTITY", Json.object(), "quantity"),
                Arguments.of("QUANTITY", Json.object("quantity", -2), "quantity"),
                Arguments.of("SUBSCRIPTION", Json.object(), "licenseType"),
                Arguments.of("FEATURE", Json.object("currency", "EURO"), "currency"),
                Arguments.of("FEATURE", Json.object("currency", "ABC"), "currency"),
                Arguments.of("FEATURE", Json.object("price", -1), "price"),
                Arguments.of("FEATURE", Json.object("name", null), "name"),
                Arguments.of("FEATURE", Json.object("productModuleNumber", null), "productModuleNumber"),
                Arguments.of("FEATURE", Json.object("productModuleNumber", "NO-SUCH-MODULE"), "productModuleNumber"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templatesMissingTheirTypeValues")
    void invalidTemplatesAreRefusedNamingTheField(String type, JsonObject values, String field) {
        String module = moduleOfNewProduct();

        vendor.post(
                        "license-templates",
                        Json.merge(
                                Json.object("name", "Plan", "productModuleNumber", module, "licenseType", type),
                                values))
                .problemNaming(400, field);

        assertThat(Seed.count(vendor, "license-templates?productModuleNumber=" + module))
                .isZero();
    }

    @Test
    void templateDefaultsToEuroAndAFreePrice() {
        JsonObject template = Seed.template(vendor, moduleOfNewProduct(), Api.unique("T"));

        assertThat(template.getString("currency")).isEqualTo("EUR");
        assertThat(template.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(template.get("timeVolume")).isNull();
    }

    @Test
    void changingATemplateTypeRequiresTheNewTypesValues() {
        String number = Api.unique("T");
        JsonObject template = Seed.template(vendor, moduleOfNewProduct("TryAndBuy"), number);

        vendor.patch("license-templates/" + number, Json.object("licenseType", "TIMEVOLUME"))
                .problemNaming(400, "timeVolume");
        assertThat(vendor.get("license-templates/" + number).ok()).isEqualTo(template);

        JsonObject changed = vendor.patch(
                        "license-templates/" + number,
                        Json.object(
                                "licenseType",
                                "TIMEVOLUME",
                                "timeVolume",
                                12,
                                "timeVolumePeriod",
                                "MONTH",
                                "automatic",
                                true))
                .ok();
        assertThat(changed.getString("licenseType")).isEqualTo("TIMEVOLUME");
        assertThat(changed.getInt("timeVolume")).isEqualTo(12);
        assertThat(changed.getBoolean("automatic")).isTrue();
        assertThat(changed.getString("name")).isEqualTo(template.getString("name"));
    }

    @Test
    void aTemplateOfATypeItsModulesModelDoesNotCountIsRefused() {
        String module = moduleOfNewProduct("Subscription");
        vendor.post(
                        "license-templates",
                        Json.object("name", "Feature", "productModuleNumber", module, "licenseType", "FEATURE"))
                .problemNaming(400, "licenseType");
        assertThat(numbers(vendor.get("license-templates?productModuleNumber=" + module)
                        .ok()))
                .isEmpty();
    }

    @Test
    void templateCannotMoveToAnotherModule() {
        String number = Api.unique("T");
        Seed.template(vendor, moduleOfNewProduct(), number);

        vendor.patch("license-templates/" + number, Json.object("productModuleNumber", moduleOfNewProduct()))
                .problemNaming(400, "productModuleNumber");
    }

    @Test
    void templateListFiltersByModuleTypeAndName() {
        String module = moduleOfNewProduct("TryAndBuy");
        String feature = Seed.template(vendor, module, Api.unique("T"), "name", "Basic Feature")
                .getString("number");
        String trial = Seed.template(
                        vendor,
                        module,
                        Api.unique("T"),
                        "name",
                        "Trial of 14 days",
                        "licenseType",
                        "TIMEVOLUME",
                        "timeVolume",
                        14,
                        "timeVolumePeriod",
                        "DAY")
                .getString("number");

        assertThat(numbers(vendor.get("license-templates?productModuleNumber=" + module)
                        .ok()))
                .containsExactlyInAnyOrder(feature, trial);
        assertThat(numbers(vendor.get("license-templates?productModuleNumber=" + module + "&licenseType=timevolume")
                        .ok()))
                .containsExactly(trial);
        assertThat(numbers(vendor.get("license-templates?productModuleNumber=" + module + "&name=feature")
                        .ok()))
                .containsExactly(feature);
        assertThat(numbers(vendor.get("license-templates?productModuleNumber=" + module + "&sort=-name")
                        .ok()))
                .containsExactly(trial, feature);
        vendor.get("license-templates?licenseType=LIFETIME").problemNaming(400, "licenseType");
    }

    @Test
    void templateInUseByLicensesConflictsUntilForced() {
        String product = Api.unique("P");
        String module = Api.unique("M");
        String template = Api.unique("T");
        String licensee = Api.unique("I");
        String license = Api.unique("L");
        Seed.product(vendor, product);
        Seed.module(vendor, product, module);
        Seed.template(vendor, module, template);
        Seed.licensee(vendor, product, licensee);
        Seed.license(vendor, licensee, template, license);
        assertThat(vendor.get("license-templates/" + template).ok().getBoolean("inUse"))
                .isTrue();

        assertThat(vendor.delete("license-templates/" + template)
                        .problemOfType(409, "in-use")
                        .getString("detail"))
                .contains("licenses");
        vendor.get("licenses/" + license).ok();

        vendor.delete("license-templates/" + template + "?forceCascade=true").expect(204);
        vendor.get("licenses/" + license).problem(404);
        assertThat(vendor.get("licensees/" + licensee).ok().getBoolean("inUse")).isFalse();
    }

    private static String moduleOfNewProduct() {
        return moduleOfNewProduct("MultiFeature");
    }

    private static String moduleOfNewProduct(String licensingModel) {
        String product = Api.unique("P");
        String module = Api.unique("M");
        Seed.product(vendor, product);
        Seed.module(
                vendor,
                product,
                module,
                "licensingModel",
                licensingModel,
                "properties",
                licensingModel.equals("Floating") ? Json.object("maxCheckoutValidity", "600") : Json.object());
        return module;
    }

    /** A built-in model that counts licenses of that type. */
    private static String modelCounting(String licenseType) {
        return switch (licenseType) {
            case "TIMEVOLUME" -> "Subscription";
            case "FLOATING" -> "Floating";
            case "QUANTITY" -> "PayPerUse";
            default -> "MultiFeature";
        };
    }

    static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("name"))
                .toList();
    }

    static List<String> numbers(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> ((JsonString) i.get("number")).getString())
                .toList();
    }
}
