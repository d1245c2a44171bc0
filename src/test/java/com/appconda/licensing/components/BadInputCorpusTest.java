package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.catalog.boundary.ProductResponse;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.platform.boundary.ListParams;
import com.appconda.licensing.platform.boundary.RequestBodies;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.platform.entity.PageRequest;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the bad-input corpus through the request reading the API does (one JSON object, strict binding,
 * Bean Validation) and then the real facade against H2, as one request would go: each is refused as a 400 naming
 * the field, and writes nothing. The same corpus goes over HTTP in a sample ({@code BadInputIT}).
 */
class BadInputCorpusTest {

    private static TestDatabase database;
    private static Components world;
    private static String product;
    private static String module;
    private static String licensee;
    private static String template;

    @BeforeAll
    static void vendorWithACatalog() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        world.actingAs(Vendors.signUp(world, "Corpus Software"));
        product = world.call(() -> catalog()
                        .create(new ProductRequest(
                                null, "Product", null, null, null, null, null, null, null, null, null, null)))
                .number();
        module = world.call(() -> world.get(ProductModuleCatalog.class)
                        .create(new ProductModuleRequest(null, "Module", product, "MultiFeature", null, null, null)))
                .number();
        template = world.call(() -> world.get(LicenseTemplateCatalog.class)
                        .create(new LicenseTemplateRequest(
                                null,
                                "Template",
                                module,
                                "FEATURE",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .number();
        licensee = world.call(() -> world.get(LicenseeRegistry.class)
                        .create(new LicenseeRequest(null, "Customer", product, null, null, null, null, null, null)))
                .number();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    private static ProductCatalog catalog() {
        return world.get(ProductCatalog.class);
    }

    @ParameterizedTest(name = "POST products: {0}")
    @MethodSource("com.appconda.licensing.components.BadInputCorpus#badProductBodies")
    void badProductBodiesAreRefusedNamingTheFieldAndCreateNothing(String label, String body, String field) {
        long before = products();

        Map<String, String> refusal =
                refusal(body, ProductRequest.class, request -> catalog().create(request));

        if (field != null) {
            assertThat(refusal).as(label).containsKey(field);
        }
        assertThat(products()).as(label).isEqualTo(before);
    }

    @ParameterizedTest(name = "PATCH products: {0}")
    @MethodSource("com.appconda.licensing.components.BadInputCorpus#badProductBodies")
    void badProductBodiesChangeNothingOnPatch(String label, String body, String field) {
        ProductResponse before = world.call(() -> catalog().read(product));
        if ("name missing".equals(label)) {
            assertThat(world.call(() -> catalog()
                            .update(
                                    product,
                                    new ProductRequest(
                                            null, null, null, null, null, null, null, null, null, null, null, null))))
                    .isEqualTo(before);
            return;
        }

        refusal(body, ProductRequest.class, request -> catalog().update(product, request));

        assertThat(world.call(() -> catalog().read(product))).as(label).isEqualTo(before);
    }

    @ParameterizedTest(name = "POST license-templates: {0}")
    @MethodSource("com.appconda.licensing.components.BadInputCorpus#badTemplateValues")
    void badTemplateValuesAreRefusedNamingTheFieldAndCreateNothing(String label, String values, String field) {
        LicenseTemplateCatalog templates = world.get(LicenseTemplateCatalog.class);
        long before = count(() ->
                templates.list(null, null, null, PageRequest.of(0, 1, null)).totalItems());
        String body = "{\"name\":\"t\",\"productModuleNumber\":\"" + module + "\",\"licenseType\":\"FEATURE\"," + values
                + "}";

        assertThat(refusal(body, LicenseTemplateRequest.class, templates::create))
                .as(label)
                .containsKey(field);

        assertThat(count(() -> templates
                        .list(null, null, null, PageRequest.of(0, 1, null))
                        .totalItems()))
                .isEqualTo(before);
    }

    @ParameterizedTest(name = "POST licenses: {0}")
    @MethodSource("com.appconda.licensing.components.BadInputCorpus#badLicenseValues")
    void badLicenseValuesAreRefusedNamingTheFieldAndIssueNothing(String label, String values, String field) {
        LicenseIssuer licenses = world.get(LicenseIssuer.class);
        long before = count(() ->
                licenses.list(null, null, null, PageRequest.of(0, 1, null)).totalItems());
        String body = "{\"licenseeNumber\":\"" + licensee + "\",\"licenseTemplateNumber\":\"" + template + "\","
                + values + "}";

        assertThat(refusal(body, LicenseRequest.class, licenses::issue))
                .as(label)
                .containsKey(field);

        assertThat(count(() -> licenses.list(null, null, null, PageRequest.of(0, 1, null))
                        .totalItems()))
                .isEqualTo(before);
    }

    @ParameterizedTest(name = "GET {0}?{1}")
    @MethodSource("com.appconda.licensing.components.BadInputCorpus#badListParameters")
    void badListParametersAreRefusedNamingTheParameter(String list, String query, String field) {
        try {
            PageRequest page = listParams(query).toPageRequest();
            world.call(() -> list(list, page));
            fail("accepted " + list + "?" + query);
        } catch (LicensingException refused) {
            assertThat(refused.outcome()).isEqualTo(LicensingException.Outcome.INVALID_INPUT);
            assertThat(refused.fields()).as(list + "?" + query).containsKey(field);
        }
    }

    @ParameterizedTest(name = "price {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0.00001", "9.99999", "123456789012345.12345"})
    void templatePricesTheDatabaseCannotHoldExactlyAreRefused(String price) {
        String body = "{\"name\":\"t\",\"productModuleNumber\":\"" + module
                + "\",\"licenseType\":\"FEATURE\",\"price\":" + price + "}";

        assertThat(refusal(body, LicenseTemplateRequest.class, world.get(LicenseTemplateCatalog.class)::create))
                .containsKey("price");
        assertThat(new BigDecimal(price).scale()).isGreaterThan(4);
    }

    /**
     * The refusal of the body: by the request reading, or else by the facade (a 400, with the transaction rolled
     * back). A body that gets through both fails the test.
     */
    private static <R> Map<String, String> refusal(String body, Class<R> type, Function<R, ?> facade) {
        RequestBodies.Read<R> read = RequestBodies.read(body, type);
        if (read.refused()) {
            return read.refusal();
        }
        try {
            world.call(() -> facade.apply(read.value()));
        } catch (LicensingException refused) {
            assertThat(refused.outcome()).as(refused.getMessage()).isEqualTo(LicensingException.Outcome.INVALID_INPUT);
            return refused.fields();
        }
        return fail("accepted: " + abbreviated(body));
    }

    private static Object list(String list, PageRequest page) {
        return switch (list) {
            case "products" -> catalog().list(null, null, page);
            case "product-modules" -> world.get(ProductModuleCatalog.class).list(null, null, null, page);
            case "license-templates" -> world.get(LicenseTemplateCatalog.class).list(null, null, null, page);
            case "licensees" -> world.get(LicenseeRegistry.class).list(null, null, null, page);
            case "licenses" -> world.get(LicenseIssuer.class).list(null, null, null, page);
            default -> throw new IllegalArgumentException(list);
        };
    }

    /** The list parameters as JAX-RS would fill them from {@code query} (one name=value pair). */
    private static ListParams listParams(String query) {
        ListParams params = new ListParams();
        String[] pair = query.split("=", 2);
        try {
            Field field = ListParams.class.getDeclaredField(pair[0]);
            field.setAccessible(true);
            field.set(params, pair[1]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(query, e);
        }
        return params;
    }

    private static long products() {
        return count(
                () -> catalog().list(null, null, PageRequest.of(0, 1, null)).totalItems());
    }

    private static long count(Supplier<Long> count) {
        return world.call(count);
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
