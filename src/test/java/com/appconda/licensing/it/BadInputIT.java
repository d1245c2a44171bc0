package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of bad input: every bad request answers a 4xx problem document (never a 5xx, never a
 * partial write), odd but valid text is stored verbatim and answered as proper JSON, and concurrent
 * changes are refused by the optimistic lock.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String MEGABYTE = "x".repeat(1_000_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Api vendor;
    private static String product;
    private static String module;
    private static String licensee;
    private static String template;

    @BeforeEach
    void seedOnce() {
        if (vendor == null) {
            vendor = Api.signUpVendor(base, "bad-input");
            product = Seed.product(vendor, Api.unique("P")).getString("number");
            module = Seed.module(vendor, product, Api.unique("M")).getString("number");
            template = Seed.template(vendor, module, Api.unique("T")).getString("number");
            licensee = Seed.licensee(vendor, product, Api.unique("I")).getString("number");
        }
    }

    // ---- malformed and mistyped bodies

    /** Label, raw body, and the field the refusal must name (null: the body as a whole is refused). */
    static Stream<Arguments> badProductBodies() {
        return Stream.of(
                Arguments.of("truncated object", "{\"name\":\"x\"", null),
                Arguments.of("not JSON at all", "hello", null),
                Arguments.of("empty body", "", null),
                Arguments.of("JSON null", "null", null),
                Arguments.of("array instead of object", "[{\"name\":\"x\"}]", null),
                Arguments.of("string instead of object", "\"x\"", null),
                Arguments.of("number instead of object", "42", null),
                Arguments.of("trailing comma", "{\"name\":\"x\",}", null),
                Arguments.of("single quotes", "{'name':'x'}", null),
                Arguments.of("comment", "{\"name\":\"x\" /* c */}", null),
                Arguments.of("two documents", "{\"name\":\"x\"}{\"name\":\"y\"}", null),
                Arguments.of("deeply nested", "{\"name\":\"x\",\"discounts\":" + "[".repeat(100_000), null),
                Arguments.of("name as number", "{\"name\":12}", "name"),
                Arguments.of("name as object", "{\"name\":{\"first\":\"x\"}}", "name"),
                Arguments.of("name as array", "{\"name\":[\"x\"]}", "name"),
                Arguments.of("active as string", "{\"name\":\"x\",\"active\":\"yes\"}", "active"),
                Arguments.of("active as number", "{\"name\":\"x\",\"active\":1}", "active"),
                Arguments.of("licenseeAutoCreate as text", "{\"name\":\"x\",\"licenseeAutoCreate\":\"true\"}",
                        "licenseeAutoCreate"),
                Arguments.of("properties as array", "{\"name\":\"x\",\"properties\":[\"a\"]}", "properties"),
                Arguments.of("property value as number", "{\"name\":\"x\",\"properties\":{\"a\":1}}", "properties"),
                Arguments.of("property value as object", "{\"name\":\"x\",\"properties\":{\"a\":{}}}", "properties"),
                Arguments.of("discounts as object", "{\"name\":\"x\",\"discounts\":{}}", "discounts"),
                Arguments.of("discounts holding null", "{\"name\":\"x\",\"discounts\":[null]}", "discounts"),
                Arguments.of("discount amount as text", "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":\"100\","
                        + "\"currency\":\"EUR\",\"amountFix\":1}]}", "discounts"),
                Arguments.of("discount beyond any price", "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1e30,"
                        + "\"currency\":\"EUR\",\"amountFix\":1}]}", "discounts"),
                Arguments.of("negative discount total", "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":-1,"
                        + "\"currency\":\"EUR\",\"amountFix\":1}]}", "discounts"),
                Arguments.of("discount of 150 percent", "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1,"
                        + "\"currency\":\"EUR\",\"amountPercent\":150}]}", "discounts"),
                Arguments.of("discount in an unknown currency", "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1,"
                        + "\"currency\":\"XYZ\",\"amountFix\":1}]}", "currency"),
                Arguments.of("revision as text", "{\"name\":\"x\",\"revision\":\"1\"}", "revision"),
                Arguments.of("revision with a fraction", "{\"name\":\"x\",\"revision\":1.5}", "revision"),
                Arguments.of("revision beyond long", "{\"name\":\"x\",\"revision\":1e30}", "revision"),
                Arguments.of("name missing", "{}", "name"),
                Arguments.of("name blank", "{\"name\":\" \\t \"}", "name"),
                Arguments.of("name of 201 characters", "{\"name\":\"" + "n".repeat(201) + "\"}", "name"),
                Arguments.of("1 MB name", "{\"name\":\"" + MEGABYTE + "\"}", "name"),
                Arguments.of("1 MB description", "{\"name\":\"x\",\"description\":\"" + MEGABYTE + "\"}",
                        "description"),
                Arguments.of("1 MB property value", "{\"name\":\"x\",\"properties\":{\"a\":\"" + MEGABYTE + "\"}}",
                        "properties.a"),
                Arguments.of("1 MB property name", "{\"name\":\"x\",\"properties\":{\"" + MEGABYTE + "\":\"v\"}}",
                        "properties"),
                Arguments.of("1 MB number", "{\"name\":\"x\",\"number\":\"" + MEGABYTE + "\"}", "number"),
                Arguments.of("1 MB enum value", "{\"name\":\"x\",\"vatMode\":\"" + MEGABYTE + "\"}", "vatMode"),
                Arguments.of("number of 65 characters", "{\"name\":\"x\",\"number\":\"" + "N".repeat(65) + "\"}",
                        "number"),
                Arguments.of("number with a slash", "{\"name\":\"x\",\"number\":\"a/b\"}", "number"),
                Arguments.of("number with a space", "{\"name\":\"x\",\"number\":\"a b\"}", "number"),
                Arguments.of("number with an umlaut", "{\"name\":\"x\",\"number\":\"Ä1\"}", "number"),
                Arguments.of("number with an emoji", "{\"name\":\"x\",\"number\":\"P\uD83D\uDE80\"}", "number"),
                Arguments.of("number with SQL", "{\"name\":\"x\",\"number\":\"1' OR '1'='1\"}", "number"),
                Arguments.of("unknown vatMode", "{\"name\":\"x\",\"vatMode\":\"BOTH\"}", "vatMode"),
                Arguments.of("unknown licenseeSecretMode", "{\"name\":\"x\",\"licenseeSecretMode\":\"SOMETIMES\"}",
                        "licenseeSecretMode"));
    }

    @ParameterizedTest(name = "POST products: {0}")
    @MethodSource("badProductBodies")
    void badProductBodiesAreRefusedAndCreateNothing(String label, String body, String field) {
        long before = Seed.count(vendor, "products");

        JsonObject problem = vendor.send("POST", "products", body).clientError();

        assertThat(problem.getInt("status")).as(label).isEqualTo(400);
        if (field != null) {
            assertThat(problem.getJsonObject("fields").keySet()).as(label + ": " + problem).contains(field);
        }
        assertThat(Seed.count(vendor, "products")).isEqualTo(before);
    }

    @ParameterizedTest(name = "PATCH products: {0}")
    @MethodSource("badProductBodies")
    void badProductBodiesChangeNothingOnPatch(String label, String body, String field) {
        JsonObject before = vendor.get("products/" + product).ok();
        if ("name missing".equals(label)) {
            assertThat(vendor.send("PATCH", "products/" + product, body).ok()).isEqualTo(before);
            return;
        }

        JsonObject problem = vendor.send("PATCH", "products/" + product, body).clientError();

        assertThat(problem.getInt("status")).as(label).isEqualTo(400);
        assertThat(vendor.get("products/" + product).ok()).isEqualTo(before);
    }

    static Stream<Arguments> badTemplateValues() {
        return Stream.of(
                Arguments.of("negative price", "\"price\":-1", "price"),
                Arguments.of("price as text", "\"price\":\"9.90\"", "price"),
                Arguments.of("price beyond any price", "\"price\":1e30", "price"),
                Arguments.of("price with a huge exponent", "\"price\":1e999999999", "price"),
                Arguments.of("timeVolume with a fraction", "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\","
                        + "\"timeVolume\":1.5", "timeVolume"),
                Arguments.of("timeVolume beyond int", "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\","
                        + "\"timeVolume\":2147483648", "timeVolume"),
                Arguments.of("timeVolume as text", "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\","
                        + "\"timeVolume\":\"1\"", "timeVolume"),
                Arguments.of("quantity beyond long", "\"licenseType\":\"QUANTITY\",\"quantity\":9223372036854775808",
                        "quantity"),
                Arguments.of("negative sessions", "\"licenseType\":\"FLOATING\",\"maxSessions\":-1", "maxSessions"),
                Arguments.of("unknown licenseType", "\"licenseType\":\"SUBSCRIPTION\"", "licenseType"),
                Arguments.of("licenseType as number", "\"licenseType\":1", "licenseType"),
                Arguments.of("automatic as text", "\"automatic\":\"true\"", "automatic"),
                Arguments.of("currency unknown", "\"currency\":\"XYZ\"", "currency"),
                Arguments.of("currency too long", "\"currency\":\"EURO\"", "currency"));
    }

    @ParameterizedTest(name = "POST license-templates: {0}")
    @MethodSource("badTemplateValues")
    void badTemplateValuesAreRefusedAndCreateNothing(String label, String values, String field) {
        long before = Seed.count(vendor, "license-templates");
        String body = "{\"name\":\"t\",\"productModuleNumber\":\"" + module + "\",\"licenseType\":\"FEATURE\","
                + values + "}";

        vendor.send("POST", "license-templates", body).problemNaming(400, field);

        assertThat(Seed.count(vendor, "license-templates")).isEqualTo(before);
    }

    static Stream<Arguments> badLicenseValues() {
        return Stream.of(
                Arguments.of("negative price", "\"price\":-0.01", "price"),
                Arguments.of("price as text", "\"price\":\"0\"", "price"),
                Arguments.of("price beyond any price", "\"price\":1e30", "price"),
                Arguments.of("startDate not a date", "\"startDate\":\"yesterday\"", "startDate"),
                Arguments.of("startDate as number", "\"startDate\":1767225600", "startDate"),
                Arguments.of("startDate in month 13", "\"startDate\":\"2026-13-01T00:00:00Z\"", "startDate"),
                Arguments.of("startDate without zone", "\"startDate\":\"2026-01-01T00:00:00\"", "startDate"),
                Arguments.of("quantity as text", "\"quantity\":\"5\"", "quantity"),
                Arguments.of("hidden as number", "\"hidden\":0", "hidden"),
                Arguments.of("unknown period", "\"timeVolumePeriod\":\"FORTNIGHT\"", "timeVolumePeriod"));
    }

    @ParameterizedTest(name = "POST licenses: {0}")
    @MethodSource("badLicenseValues")
    void badLicenseValuesAreRefusedAndIssueNothing(String label, String values, String field) {
        long before = Seed.count(vendor, "licenses");
        String body = "{\"licenseeNumber\":\"" + licensee + "\",\"licenseTemplateNumber\":\"" + template + "\","
                + values + "}";

        vendor.send("POST", "licenses", body).problemNaming(400, field);

        assertThat(Seed.count(vendor, "licenses")).isEqualTo(before);
    }

    @Test
    void wrongMediaTypeIsRefusedAsAProblem() {
        long before = Seed.count(vendor, "products");

        vendor.send("POST", vendor.uri("products"), "{\"name\":\"x\"}", "text/plain").problem(415);
        vendor.send("POST", vendor.uri("products"), "name=x", "application/x-www-form-urlencoded").problem(415);

        assertThat(Seed.count(vendor, "products")).isEqualTo(before);
    }

    // ---- amounts and dates the database cannot hold exactly

    @ParameterizedTest
    @ValueSource(strings = {"0.00001", "9.99999", "123456789012345.12345"})
    void templatePricesAreRefusedOrReadBackExactlyAsAnswered(String price) {
        Reply reply = vendor.send("POST", "license-templates", "{\"name\":\"t\",\"productModuleNumber\":\"" + module
                + "\",\"licenseType\":\"FEATURE\",\"price\":" + price + "}");

        if (reply.status() == 400) {
            reply.problemNaming(400, "price");
            return;
        }
        JsonObject created = reply.created();
        assertThat(created.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(price);
        assertThat(vendor.get("license-templates/" + created.getString("number")).ok()).isEqualTo(created);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z"})
    void extremeStartDatesAreRefusedOrReadBackUnchanged(String startDate) {
        Reply reply = vendor.send("POST", "licenses", "{\"licenseeNumber\":\"" + licensee
                + "\",\"licenseTemplateNumber\":\"" + template + "\",\"startDate\":\"" + startDate + "\"}");

        if (reply.status() == 400) {
            reply.problemNaming(400, "startDate");
            return;
        }
        JsonObject created = reply.created();
        assertThat(vendor.get("licenses/" + created.getString("number")).ok()).isEqualTo(created);
    }

    // ---- list parameters

    static Stream<Arguments> badListParameters() {
        List<String> lists = List.of("products", "product-modules", "license-templates", "licensees", "licenses");
        List<List<String>> parameters = List.of(
                List.of("page=-1", "page"), List.of("page=abc", "page"), List.of("page=1.5", "page"),
                List.of("page=99999999999", "page"), List.of("size=0", "size"), List.of("size=501", "size"),
                List.of("size=-5", "size"), List.of("size=ten", "size"), List.of("sort=unknown", "sort"),
                List.of("sort=-", "sort"), List.of("sort=" + Api.q("name; DROP TABLE product"), "sort"),
                List.of("sort=id", "sort"), List.of("sort=vendorId", "sort"));
        return lists.stream().flatMap(list -> parameters.stream().map(p -> Arguments.of(list, p.get(0), p.get(1))));
    }

    @ParameterizedTest(name = "GET {0}?{1}")
    @MethodSource("badListParameters")
    void badListParametersAreRefusedNamingTheParameter(String list, String query, String field) {
        vendor.get(list + "?" + query).problemNaming(400, field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"products", "licensees", "licenses"})
    void activeFilterMustBeTrueOrFalse(String list) {
        vendor.get(list + "?active=maybe").problemNaming(400, "active");
        vendor.get(list + "?active=TRUE").ok();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647&size=2", "page=2147483647&size=500", "page=4294968&size=500"})
    void hugePageNumbersAnswerAnEmptyPageOrARefusal(String query) {
        Reply reply = vendor.get("products?" + query);

        if (reply.status() == 400) {
            reply.problemNaming(400, "page");
        } else {
            assertThat(reply.ok().getJsonArray("items")).as(reply.describe()).isEmpty();
        }
    }

    // ---- odd but valid text

    static Stream<String> oddText() {
        return Stream.of(
                "'; DROP TABLE product; --",
                "\" OR \"1\"=\"1",
                "Robert'); DELETE FROM license WHERE ('1'='1",
                "100% off_sale \\ back\\slash",
                "<script>alert('x')</script>",
                "</script><img src=x onerror=alert(1)>",
                "{{7*7}} ${7*7} #{7*7} %s %n",
                "\"},{\"number\":\"injected\"",
                "line one\nline two\r\n\ttabbed",
                "\u2028line separator\u2029paragraph separator",
                "𝄞 Ünïcödé 🚀 中文 עברית 👩‍💻 \uD83C\uDDE9\uD83C\uDDEA");
    }

    @ParameterizedTest
    @MethodSource("oddText")
    void oddTextIsStoredVerbatimAndAnsweredAsProperJson(String text) {
        String token = Api.unique("odd");
        String name = token + " " + text;
        Reply created = vendor.post("products", Json.object("name", name, "description", text,
                "properties", Map.of("note", text)));
        JsonObject product = created.created();
        assertThat(product.getString("name")).isEqualTo(name);

        Reply read = vendor.get("products/" + product.getString("number"));
        JsonObject reread = read.ok();
        assertThat(reread.getString("name")).isEqualTo(name);
        assertThat(reread.getString("description")).isEqualTo(text);
        assertThat(reread.getJsonObject("properties").getString("note")).isEqualTo(text);
        if (text.contains("\"")) {
            assertThat(read.body()).contains("\\\"");
        }
        assertThat(read.mediaType()).isEqualTo(Reply.JSON);

        List<String> found = CatalogApiIT.names(vendor.get("products?name=" + Api.q(name)).ok());
        assertThat(found).containsExactly(name);
        List<String> byText = CatalogApiIT.names(vendor.get("products?size=500&name=" + Api.q(text)).ok());
        assertThat(byText).contains(name).allSatisfy(n -> assertThat(n.toLowerCase()).contains(text.toLowerCase()));
    }

    @Test
    void sqlInFiltersMatchesLiterallyNotAsSql() {
        Seed.product(vendor, Api.unique("P"), "name", "innocent");

        assertThat(CatalogApiIT.names(vendor.get("products?name=" + Api.q("' OR '1'='1")).ok())).isEmpty();
        assertThat(CatalogApiIT.names(vendor.get("products?name=" + Api.q("x') OR 1=1 --")).ok())).isEmpty();
        assertThat(vendor.get("licensees?productNumber=" + Api.q("' OR '1'='1")).ok().getJsonArray("items"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000char", "bell\u0007", "escape\u001b[31mred"})
    void controlCharactersAreStoredVerbatimOrRefusedButNeverFail(String name) {
        Reply reply = vendor.post("products", Json.object("name", name));

        if (reply.status() == 400) {
            reply.problemNaming(400, "name");
            return;
        }
        JsonObject created = reply.created();
        assertThat(vendor.get("products/" + created.getString("number")).ok().getString("name")).isEqualTo(name);
    }

    @Test
    void nameOfTwoHundredCharactersOutsideTheBmpRoundTrips() {
        String emoji = "\uD83D\uDE80";
        String name = emoji.repeat(100);

        JsonObject created = vendor.post("products", Json.object("name", name)).created();

        assertThat(created.getString("name")).isEqualTo(name);
        assertThat(vendor.get("products/" + created.getString("number")).ok().getString("name")).isEqualTo(name);
    }

    // ---- optimistic locking

    @Test
    void secondPatchWithTheSameRevisionConflicts() {
        String number = Api.unique("P");
        long revision = Seed.product(vendor, number).getJsonNumber("revision").longValue();

        JsonObject first = vendor.patch("products/" + number, Json.object("name", "first", "revision", revision)).ok();
        vendor.patch("products/" + number, Json.object("name", "second", "revision", revision))
                .problemOfType(409, "concurrent-modification");

        assertThat(vendor.get("products/" + number).ok()).isEqualTo(first);
        assertThat(first.getJsonNumber("revision").longValue()).isEqualTo(revision + 1);
    }

    @Test
    void concurrentPatchesWithTheSameRevisionLetExactlyOneWin() throws Exception {
        String number = Api.unique("P");
        long revision = Seed.product(vendor, number).getJsonNumber("revision").longValue();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Reply>> patches = IntStream.range(0, writers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return vendor.patch("products/" + number, Json.object("name", "writer " + i,
                                "revision", revision));
                    }, pool))
                    .toList();
            start.countDown();
            List<Reply> replies = patches.stream().map(CompletableFuture::join).toList();

            List<Reply> won = replies.stream().filter(r -> r.status() == 200).toList();
            List<Reply> lost = replies.stream().filter(r -> r.status() != 200).toList();
            assertThat(won).as("winners among %s", replies).hasSize(1);
            lost.forEach(reply -> reply.problemOfType(409, "concurrent-modification"));
            JsonObject winner = won.get(0).ok();
            assertThat(vendor.get("products/" + number).ok()).isEqualTo(winner);
            assertThat(winner.getJsonNumber("revision").longValue()).isEqualTo(revision + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"products", "product-modules", "license-templates", "licensees", "licenses"})
    void everyCollectionRefusesAStaleRevision(String collection) {
        JsonObject entity = newEntityIn(collection);
        String path = collection + "/" + entity.getString("number");
        long revision = entity.getJsonNumber("revision").longValue();

        vendor.patch(path, Json.object("active", false, "revision", revision + 1))
                .problemOfType(409, "concurrent-modification");
        assertThat(vendor.get(path).ok()).isEqualTo(entity);

        JsonObject changed = vendor.patch(path, Json.object("active", false, "revision", revision)).ok();
        assertThat(changed.getBoolean("active")).isFalse();
        vendor.patch(path, Json.object("active", true, "revision", revision))
                .problemOfType(409, "concurrent-modification");
        assertThat(vendor.get(path).ok()).isEqualTo(changed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"products", "product-modules", "license-templates", "licensees", "licenses"})
    void everyCollectionRefusesADuplicateNumberOnCreateAndOnRenumber(String collection) {
        JsonObject first = newEntityIn(collection);
        JsonObject second = newEntityIn(collection);
        long before = Seed.count(vendor, collection);

        String body = bodyFor(collection, first.getString("number")).toString();
        vendor.send("POST", collection, body).problemNaming(409, "number");
        vendor.patch(collection + "/" + second.getString("number"), Json.object("number", first.getString("number")))
                .problemNaming(409, "number");

        assertThat(Seed.count(vendor, collection)).isEqualTo(before);
        assertThat(vendor.get(collection + "/" + first.getString("number")).ok()).isEqualTo(first);
        assertThat(vendor.get(collection + "/" + second.getString("number")).ok()).isEqualTo(second);
    }

    @Test
    void concurrentCreatesOfOneNumberLetExactlyOneSucceed() throws Exception {
        String number = Api.unique("P");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Reply>> creates = IntStream.range(0, writers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return vendor.post("products", Json.object("number", number, "name", "writer " + i));
                    }, pool))
                    .toList();
            start.countDown();
            List<Reply> replies = creates.stream().map(CompletableFuture::join).toList();

            List<Reply> won = replies.stream().filter(r -> r.status() == 201).toList();
            assertThat(won).as("created among %s", replies).hasSize(1);
            replies.stream().filter(r -> r.status() != 201).forEach(reply -> reply.problem(409));
            assertThat(vendor.get("products/" + number).ok()).isEqualTo(won.get(0).created());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new entity in this collection, below the class's product (licenses use a fresh licensee). */
    private static JsonObject newEntityIn(String collection) {
        return vendor.post(collection, bodyFor(collection, Api.unique("N"))).created();
    }

    private static JsonObject bodyFor(String collection, String number) {
        return switch (collection) {
            case "products" -> Json.object("number", number, "name", "n");
            case "product-modules" -> Json.object("number", number, "name", "n", "productNumber", product,
                    "licensingModel", "Subscription");
            case "license-templates" -> Json.object("number", number, "name", "n", "productModuleNumber", module,
                    "licenseType", "FEATURE");
            case "licensees" -> Json.object("number", number, "name", "n", "productNumber", product);
            case "licenses" -> Json.object("number", number, "licenseeNumber", licensee,
                    "licenseTemplateNumber", template);
            default -> throw new IllegalArgumentException(collection);
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
