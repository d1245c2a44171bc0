package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The licensee page's "Deactivate selected" and "Activate selected": one change, all or none. */
class LicensesTogetherComponentTest {

    private TestDatabase database;
    private Components world;
    private LicenseIssuer issuer;

    @BeforeEach
    void twoLicenseesWithTwoLicensesEach() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        world.actingAs(Vendors.signUp(world, "Bulk Changes"));
        issuer = world.get(LicenseIssuer.class);
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "P", "Product", null, null, null, null, null, null, null, null, null, null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("M", "M", "P", "MultiFeature", null, Map.of(), null));
            world.get(LicenseTemplateCatalog.class)
                    .create(new LicenseTemplateRequest(
                            "T", "T", "M", "FEATURE", null, null, null, null, null, null, null, null, null, null, null,
                            null));
            for (String licensee : List.of("A", "B")) {
                world.get(LicenseeRegistry.class)
                        .create(new LicenseeRequest(licensee, null, "P", null, null, null, null, null, null));
                license(licensee + "1", licensee);
                license(licensee + "2", licensee);
            }
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theSelectedLicensesAreDeactivatedAndActivatedAgainTogether() {
        world.call(() -> issuer.setActiveAll("A", List.of("A1", "A2", "A1"), false));

        assertThat(active("A1")).isFalse();
        assertThat(active("A2")).isFalse();
        List<LicenseResponse> again = world.call(() -> issuer.setActiveAll("A", List.of("A2"), true));
        assertThat(again).singleElement().extracting(LicenseResponse::active).isEqualTo(true);
        assertThat(active("A1")).as("not selected, left as it was").isFalse();
    }

    @Test
    void aLicenseOfAnotherLicenseeRefusesTheWholeChange() {
        assertThatThrownBy(() -> world.call(() -> issuer.setActiveAll("A", List.of("A1", "B1"), false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("license 'B1' is not a license of licensee 'A'");

        assertThat(active("A1")).as("all or none").isTrue();
        assertThat(active("B1")).isTrue();
        assertThatThrownBy(() -> world.call(() -> issuer.setActiveAll("A", List.of(), false)))
                .hasMessageContaining("choose at least one license");
    }

    private boolean active(String license) {
        return world.call(() -> issuer.read(license)).active();
    }

    private void license(String number, String licensee) {
        issuer.issue(new LicenseRequest(
                number, null, licensee, "T", null, null, null, null, null, null, null, null, null, null));
    }
}
