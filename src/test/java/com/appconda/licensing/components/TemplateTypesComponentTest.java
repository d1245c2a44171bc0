package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.engine.control.LicensingModels;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template issues a license type its module's model counts: a Feature template for a Subscription module would be
 * saved and then never make a validation valid, so the catalog refuses it, naming the types the model counts.
 */
class TemplateTypesComponentTest {

    private TestDatabase database;
    private Components world;

    @BeforeEach
    void aSubscriptionModule() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        world.actingAs(Vendors.signUp(world, "Types"));
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest("P", "P", null, null, null, null, null, null, null, null, null, null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("SUB", "Editor", "P", "Subscription", null, Map.of(), null));
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource({
        "Subscription, TIMEVOLUME",
        "TryAndBuy, FEATURE TIMEVOLUME",
        "Rental, FEATURE TIMEVOLUME",
        "PricingTable, FEATURE TIMEVOLUME",
        "MultiFeature, FEATURE",
        "Floating, FLOATING",
        "PayPerUse, QUANTITY",
        "Quota, QUANTITY",
        "NodeLocked, QUANTITY"
    })
    void eachBuiltInModelSaysWhichLicenseTypesItCounts(String model, String types) {
        assertThat(LicensingModels.builtIn().licenseTypes(model).stream()
                        .sorted()
                        .map(Enum::name)
                        .toList())
                .containsExactly(types.split(" "));
    }

    @Test
    void aTemplateOfATypeTheModelDoesNotCountIsRefusedNamingTheTypesItCounts() {
        assertThatThrownBy(() -> world.run(() -> template("SUB-FEATURE", LicenseType.FEATURE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("licenseType")
                .hasMessageContaining("a Subscription module counts only TIMEVOLUME licenses, not FEATURE");

        world.run(() -> template("SUB-YEAR", LicenseType.TIMEVOLUME));
        assertThat(world.call(() -> world.get(LicenseTemplateCatalog.class).read("SUB-YEAR"))
                        .licenseType())
                .isEqualTo("TIMEVOLUME");
    }

    @Test
    void aTemplateCannotBeChangedToATypeTheModelDoesNotCount() {
        world.run(() -> template("SUB-YEAR", LicenseType.TIMEVOLUME));

        assertThatThrownBy(() -> world.run(() -> world.get(LicenseTemplateCatalog.class)
                        .update(
                                "SUB-YEAR",
                                new LicenseTemplateRequest(
                                        null,
                                        null,
                                        null,
                                        "QUANTITY",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        5L,
                                        null,
                                        null,
                                        null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("counts only TIMEVOLUME");
        assertThat(world.call(() -> world.get(LicenseTemplateCatalog.class).read("SUB-YEAR"))
                        .licenseType())
                .isEqualTo("TIMEVOLUME");
    }

    private void template(String number, LicenseType type) {
        world.get(LicenseTemplateCatalog.class)
                .create(new LicenseTemplateRequest(
                        number,
                        number,
                        "SUB",
                        type.name(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        type == LicenseType.TIMEVOLUME ? 1 : null,
                        type == LicenseType.TIMEVOLUME ? "YEAR" : null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
