package com.appconda.licensing.components;

import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.OfflineLicenseRequest;
import com.appconda.licensing.broker.boundary.OfflineLicenses;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.fuzz.Counts;
import com.appconda.licensing.fuzz.HostileJson;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.platform.boundary.RequestBodies;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.shop.boundary.ShopTokenRequest;
import com.appconda.licensing.shop.boundary.ShopTokens;
import com.appconda.licensing.vendor.boundary.ApiKeyRequest;
import com.appconda.licensing.vendor.boundary.ApiKeys;
import com.appconda.licensing.vendor.boundary.SignUpRequest;
import com.appconda.licensing.vendor.boundary.VendorProfileRequest;
import com.appconda.licensing.vendor.boundary.VendorRegistry;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.VendorUser;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzz of every endpoint that takes a body, below HTTP: generated hostile bodies go through the request reading
 * the API does ({@link RequestBodies}: one object, strict binding, Bean Validation) and then the real facade
 * against H2, as one request would. Every one must be refused with a 4xx, whose text names no class and shows no
 * exception, and must leave every table as it was. Prints how many of each kind it sent, per endpoint.
 */
class ApiBodiesFuzzTest {

    private static final Counts COUNTS = new Counts("request bodies below HTTP");

    private static TestDatabase database;
    private static Components world;
    private static Snapshots snapshots;
    private static List<Endpoint> endpoints;

    /** An endpoint that reads a body: a valid body's fields (raw JSON values) and the facade call it makes. */
    record Endpoint(
            String name, Class<?> type, Map<String, String> valid, BiFunction<Components, Object, Object> call) {

        String validBody() {
            return HostileJson.object(valid);
        }

        String withField(String name, String rawValue) {
            return HostileJson.objectWith(valid, name, rawValue);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Case(Endpoint endpoint, String kind, String how, byte[] body) {

        @Override
        public String toString() {
            return endpoint + " " + kind + " (" + how + "): " + new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeContainer
    static void vendorWithACatalog() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                .withConfig("licensing.master-key", Base64.getEncoder().encodeToString(new byte[32]));
        world.run(() -> world.get(VendorRegistry.class)
                .signUp(new SignUpRequest("Fuzz Software", "fuzz@example.com", "fuzzer", "a long password")));
        VendorUser user =
                world.call(() -> world.get(VendorStore.class).findUser("fuzzer").orElseThrow());
        String vendorNumber = world.call(() -> world.get(VendorStore.class)
                .findVendor(user.getVendorId())
                .orElseThrow()
                .getNumber());
        world.actingAs(new Caller(user.getVendorId(), vendorNumber, "fuzzer", Role.ADMIN));
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "P", "Product", null, null, null, null, null, null, null, null, null, null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("M", "Module", "P", "MultiFeature", null, null, null));
            world.get(LicenseTemplateCatalog.class)
                    .create(new LicenseTemplateRequest(
                            "T",
                            "Template",
                            "M",
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
                            null));
            world.get(LicenseeRegistry.class)
                    .create(new LicenseeRequest("C", "Customer", "P", null, null, null, null, null, null));
            world.get(LicenseIssuer.class)
                    .issue(new LicenseRequest(
                            "L", null, "C", "T", null, null, null, null, null, null, null, null, null, null));
        });
        snapshots = new Snapshots(world.entityManager());
        endpoints = endpoints();
    }

    @AfterContainer
    static void report() {
        COUNTS.print();
        database.close();
    }

    private static List<Endpoint> endpoints() {
        String name = "\"Renamed\"";
        return List.of(
                new Endpoint(
                        "POST products",
                        ProductRequest.class,
                        Map.of("name", "\"New product\""),
                        (w, r) -> w.get(ProductCatalog.class).create((ProductRequest) r)),
                new Endpoint(
                        "PATCH products/P",
                        ProductRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(ProductCatalog.class).update("P", (ProductRequest) r)),
                new Endpoint(
                        "POST product-modules",
                        ProductModuleRequest.class,
                        fields("name", "\"Module\"", "productNumber", "\"P\"", "licensingModel", "\"Subscription\""),
                        (w, r) -> w.get(ProductModuleCatalog.class).create((ProductModuleRequest) r)),
                new Endpoint(
                        "PATCH product-modules/M",
                        ProductModuleRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(ProductModuleCatalog.class).update("M", (ProductModuleRequest) r)),
                new Endpoint(
                        "POST license-templates",
                        LicenseTemplateRequest.class,
                        fields("name", "\"t\"", "productModuleNumber", "\"M\"", "licenseType", "\"FEATURE\""),
                        (w, r) -> w.get(LicenseTemplateCatalog.class).create((LicenseTemplateRequest) r)),
                new Endpoint(
                        "PATCH license-templates/T",
                        LicenseTemplateRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(LicenseTemplateCatalog.class).update("T", (LicenseTemplateRequest) r)),
                new Endpoint(
                        "POST licensees",
                        LicenseeRequest.class,
                        fields("name", "\"Customer\"", "productNumber", "\"P\""),
                        (w, r) -> w.get(LicenseeRegistry.class).create((LicenseeRequest) r)),
                new Endpoint(
                        "PATCH licensees/C",
                        LicenseeRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(LicenseeRegistry.class).update("C", (LicenseeRequest) r)),
                new Endpoint(
                        "POST licenses",
                        LicenseRequest.class,
                        fields("licenseeNumber", "\"C\"", "licenseTemplateNumber", "\"T\""),
                        (w, r) -> w.get(LicenseIssuer.class).issue((LicenseRequest) r)),
                new Endpoint(
                        "PATCH licenses/L",
                        LicenseRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(LicenseIssuer.class).update("L", (LicenseRequest) r)),
                new Endpoint(
                        "POST vendors",
                        SignUpRequest.class,
                        fields(
                                "vendorName",
                                "\"New vendor\"",
                                "email",
                                "\"new@example.com\"",
                                "username",
                                "\"newcomer\"",
                                "password",
                                "\"a long password\""),
                        (w, r) -> w.get(VendorRegistry.class).signUp((SignUpRequest) r)),
                new Endpoint(
                        "PATCH vendor",
                        VendorProfileRequest.class,
                        Map.of("name", name),
                        (w, r) -> w.get(VendorRegistry.class).updateProfile((VendorProfileRequest) r)),
                new Endpoint(
                        "POST api-keys",
                        ApiKeyRequest.class,
                        fields("role", "\"READ_ONLY\"", "description", "\"ci\""),
                        (w, r) -> w.get(ApiKeys.class).create((ApiKeyRequest) r)),
                new Endpoint(
                        "POST shop-tokens",
                        ShopTokenRequest.class,
                        fields("licenseeNumber", "\"C\"", "successUrl", "\"https://vendor.example/thanks\""),
                        (w, r) -> w.get(ShopTokens.class)
                                .create((ShopTokenRequest) r, URI.create("https://licensing.example/"))),
                new Endpoint(
                        "POST licensees/C/validate",
                        ValidationRequest.class,
                        Map.of("productNumber", "\"P\""),
                        (w, r) -> w.get(ValidationBroker.class)
                                .validate("C", (ValidationRequest) r, null, w.get(JsonAnswerFormat.class))),
                new Endpoint(
                        "POST licensees/C/offline-license",
                        OfflineLicenseRequest.class,
                        fields("productNumber", "\"P\"", "validDays", "30"),
                        (w, r) -> w.get(OfflineLicenses.class).issue("C", (OfflineLicenseRequest) r)));
    }

    @Property(tries = 700)
    void aWrongValueInAnyFieldIsRefusedAndChangesNothing(@ForAll("wrongValues") Case hostile) {
        refusedWithoutAChange(hostile);
    }

    @Property(tries = 400)
    void aMalformedBodyIsRefusedAndChangesNothing(@ForAll("malformedBodies") Case hostile) {
        refusedWithoutAChange(hostile);
    }

    @Provide
    Arbitrary<Case> wrongValues() {
        return Arbitraries.of(endpoints)
                .flatMap(endpoint -> Arbitraries.of(
                                Arrays.asList(endpoint.type().getRecordComponents()))
                        .flatMap(field -> HostileJson.wrongValueFor(field.getGenericType())
                                .map(value -> new Case(
                                        endpoint,
                                        "wrong value",
                                        field.getName() + " " + kindOf(field),
                                        endpoint.withField(field.getName(), value)
                                                .getBytes(StandardCharsets.UTF_8)))));
    }

    @Provide
    Arbitrary<Case> malformedBodies() {
        return Arbitraries.of(endpoints)
                .flatMap(endpoint -> HostileJson.malformed(endpoint.validBody())
                        .map(malformed -> new Case(endpoint, "malformed", malformed.how(), malformed.body())));
    }

    private static void refusedWithoutAChange(Case hostile) {
        snapshots.refusedWithoutAChange(
                COUNTS, hostile.endpoint().name(), hostile.kind(), hostile, () -> answerTo(hostile));
    }

    /** The status and the request-dependent text of the answer the API would give. */
    private static String answerTo(Case hostile) {
        RequestBodies.Read<?> read =
                RequestBodies.read(hostile.body(), hostile.endpoint().type());
        if (read.refused()) {
            return "400 " + read.detail() + " " + read.refusal();
        }
        try {
            world.call(() -> hostile.endpoint().call().apply(world, read.value()));
            return "200 accepted";
        } catch (LicensingException refused) {
            return status(refused.outcome()) + " " + refused.getMessage() + " " + refused.fields();
        } catch (RuntimeException unexpected) {
            return "500 " + unexpected;
        }
    }

    /** The status the API's exception mapper gives a refusal. */
    static int status(LicensingException.Outcome outcome) {
        return switch (outcome) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION -> 422;
            case UNAVAILABLE -> 503;
        };
    }

    private static String kindOf(RecordComponent field) {
        return field.getType().getSimpleName();
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
