package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import com.appconda.licensing.licensee.boundary.LicenseResponse;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.licensee.boundary.LicenseeResponse;
import com.appconda.licensing.platform.entity.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console finds licensees and licenses by numbers as people type them: the start of the number, in any case.
 * The API's list filters stay exact, as integrators rely on.
 */
class ConsoleFiltersComponentTest {

    private TestDatabase database;
    private Components world;

    @BeforeEach
    void licenseesNumberedAsAVendorWould() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        world.actingAs(Vendors.signUp(world, "Finders"));
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "CAD", "CAD", null, null, null, null, null, null, null, null, null, null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("CAD-M", "Features", "CAD", "MultiFeature", null, Map.of(), null));
            for (String template : List.of("CAD-SUB-1y", "CAD-PRO")) {
                world.get(LicenseTemplateCatalog.class)
                        .create(new LicenseTemplateRequest(
                                template, template, "CAD-M", "FEATURE", null, null, null, null, null, null, null, null,
                                null, null, null, null));
            }
            for (String licensee : List.of("CUST-0001", "CUST-0015", "CUST-0150", "OTHER-1", "CUST_X")) {
                world.get(LicenseeRegistry.class)
                        .create(new LicenseeRequest(
                                licensee, "Customer " + licensee, "CAD", null, null, null, null, null, null));
                world.get(LicenseIssuer.class)
                        .issue(new LicenseRequest(
                                null,
                                null,
                                licensee,
                                "CAD-SUB-1y",
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
            }
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest(name = "licensee number starting with [{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "CUST-0015|CUST-0015",
                "cust-0015|CUST-0015",
                "cust-001|CUST-0015",
                "Cust-0|CUST-0001 CUST-0015 CUST-0150",
                "0015|''",
                "CUST_|CUST_X",
                "%|''"
            })
    void licenseesAreFoundByTheStartOfTheirNumberInAnyCase(String typed, String found) {
        List<String> numbers = world
                .call(() -> world.get(LicenseeRegistry.class).find(typed, null, null, PageRequest.of(0, 50, "number")))
                .items()
                .stream()
                .map(LicenseeResponse::number)
                .toList();

        assertThat(String.join(" ", numbers)).isEqualTo(found);
    }

    @Test
    void licenseesAreFoundByTheStartOfTheirProductsNumberAndByName() {
        assertThat(world.call(() -> world.get(LicenseeRegistry.class)
                                .find(null, "ca", "customer cust-01", PageRequest.of(0, 50, "number")))
                        .items())
                .extracting(LicenseeResponse::number)
                .containsExactly("CUST-0150");
    }

    @Test
    void licensesAreFoundByTheStartOfTheirLicenseesAndTemplatesNumbersInAnyCase() {
        assertThat(world.call(() -> world.get(LicenseIssuer.class)
                                .find("cust-000", "cad-sub", PageRequest.of(0, 50, "number")))
                        .items())
                .extracting(LicenseResponse::licenseeNumber)
                .containsExactly("CUST-0001");
        assertThat(world.call(() -> world.get(LicenseIssuer.class).find(null, "CAD-PRO", PageRequest.of(0, 50, null)))
                        .totalItems())
                .as("no license of the other template")
                .isZero();
    }

    @Test
    void theApisListsStillMatchNumbersExactly() {
        assertThat(world.call(() ->
                                world.get(LicenseeRegistry.class).list("cad", null, null, PageRequest.of(0, 50, null)))
                        .totalItems())
                .isZero();
        assertThat(world.call(() ->
                                world.get(LicenseIssuer.class).list("CUST-00", null, null, PageRequest.of(0, 50, null)))
                        .totalItems())
                .isZero();
        assertThat(world.call(() -> world.get(LicenseIssuer.class)
                                .list("CUST-0015", null, null, PageRequest.of(0, 50, null)))
                        .totalItems())
                .isEqualTo(1);
    }
}
