package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.RenderedAnswer;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseResponse;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.licensee.boundary.LicenseeResponse;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.DuplicateNumberException;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.PageRequest;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.verifier.JsonText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Aliases on the real schema: one name space with licensee numbers per vendor, case-insensitive, and accepted
 * wherever a licensee number goes (reading, changing and deleting the licensee, issuing and listing its licenses,
 * the Broker), answering with the licensee's own number.
 */
class LicenseeAliasesComponentTest {

    private TestDatabase database;
    private Components world;
    private LicenseeRegistry registry;

    @BeforeEach
    void twoLicenseesOfOneProduct() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC))
                .withConfig("licensing.master-key", Base64.getEncoder().encodeToString(new byte[32]));
        world.actingAs(Vendors.signUp(world, "Aliases"));
        registry = world.get(LicenseeRegistry.class);
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "P", "Product", null, null, null, null, null, null, null, null, null, null));
            world.get(ProductModuleCatalog.class)
                    .create(new ProductModuleRequest("M", "M", "P", "MultiFeature", null, Map.of(), null));
            world.get(LicenseTemplateCatalog.class).create(Requests.featureTemplate("T", "M", null, false, false));
            registry.create(licensee("C-1", List.of("Ann@Example.com", "legacy-17")));
            registry.create(licensee("C-2", null));
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anAliasReadsChangesAndFindsTheLicenseeInAnyCase() {
        LicenseeResponse read = world.call(() -> registry.read("ann@example.COM"));
        assertThat(read.number()).isEqualTo("C-1");
        assertThat(read.aliases()).containsExactly("Ann@Example.com", "legacy-17");

        world.call(() -> registry.update("legacy-17", change(List.of("ann@example.com", "new@example.com"))));
        assertThat(world.call(() -> registry.read("C-1")).aliases())
                .as("the alias differing only in case is the same alias, now as written again")
                .containsExactly("ann@example.com", "new@example.com");
        assertThatThrownBy(() -> world.call(() -> registry.read("legacy-17")))
                .as("a removed alias names nothing")
                .isInstanceOf(UnknownEntityException.class);

        world.call(() -> registry.update("C-1", change(List.of())));
        assertThat(world.call(() -> registry.read("C-1")).aliases()).isEmpty();
    }

    @Test
    void anAliasIsUniqueAmongTheVendorsAliasesAndNumbers() {
        assertThatThrownBy(() -> world.call(() -> registry.update("C-2", change(List.of("ANN@example.com")))))
                .as("another licensee's alias")
                .isInstanceOf(DuplicateNumberException.class)
                .hasMessageContaining("ANN@example.com");
        assertThatThrownBy(() -> world.call(() -> registry.update("C-2", change(List.of("C-1")))))
                .as("another licensee's number")
                .isInstanceOf(DuplicateNumberException.class);
        assertThatThrownBy(() -> world.call(() -> registry.update("C-2", change(List.of("C-2")))))
                .as("its own number")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> world.call(() -> registry.create(licensee("legacy-17", null))))
                .as("a new number that is an alias")
                .isInstanceOf(DuplicateNumberException.class);
        assertThatThrownBy(() -> world.call(() -> registry.update("C-2", change(List.of("  ")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> world.call(() -> registry.update(
                        "C-2",
                        change(IntStream.range(0, 21)
                                .mapToObj(i -> "alias-" + i)
                                .toList()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 20");
        assertThat(world.call(() -> registry.read("C-2")).aliases())
                .as("nothing of a refused change was written")
                .isEmpty();
    }

    @Test
    void licensesAreIssuedAndListedByAliasAndDeletingTheLicenseeFreesItsAliases() {
        LicenseResponse issued =
                world.call(() -> world.get(LicenseIssuer.class).issue(Requests.license("ann@example.com", "T")));
        assertThat(issued.licenseeNumber()).isEqualTo("C-1");
        assertThat(world.call(() -> world.get(LicenseIssuer.class)
                                .list("legacy-17", null, null, PageRequest.of(0, 20, null)))
                        .items())
                .extracting(LicenseResponse::number)
                .containsExactly(issued.number());

        world.run(() -> registry.delete("legacy-17", true));
        world.call(() -> registry.update("C-2", change(List.of("ann@example.com"))));
        assertThat(world.call(() -> registry.read("ann@example.com")).number()).isEqualTo("C-2");
    }

    @Test
    void theBrokerValidatesAnAliasAsItsLicenseeAndAnswersWithTheLicenseesNumber() {
        world.run(() -> world.get(LicenseIssuer.class).issue(Requests.license("C-1", "T")));
        JsonAnswerFormat format = world.get(JsonAnswerFormat.class);
        ValidationRequest request = new ValidationRequest("P", null, null, false, null, Map.of(), null);

        RenderedAnswer answer =
                world.call(() -> world.get(ValidationBroker.class).validate("ANN@example.com", request, null, format));

        Map<?, ?> json = (Map<?, ?>) JsonText.parse(answer.body());
        assertThat(json.get("valid")).isEqualTo(true);
        assertThat(json.get("licenseeNumber")).isEqualTo("C-1");
        assertThat(world.fired(ValidationAnswered.class))
                .extracting(ValidationAnswered::licenseeNumber)
                .containsExactly("C-1");
        assertThatThrownBy(() -> world.call(
                        () -> world.get(ValidationBroker.class).validate("nobody@example.com", request, null, format)))
                .as("not a number, so not one to create either")
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("neither a licensee number nor an alias");
    }

    @Test
    void aKeyLimitedToALicenseeValidatesByItsAliasAndLearnsNothingOfOtherLicensees() {
        world.run(() -> world.get(LicenseIssuer.class).issue(Requests.license("C-1", "T")));
        world.run(() -> registry.update("C-2", change(List.of("bob@example.com"))));
        Caller admin = world.get(CurrentCaller.class).get();
        world.actingAs(new Caller(admin.vendorId(), admin.vendorNumber(), "key", Role.BROKER, "C-1"));
        JsonAnswerFormat format = world.get(JsonAnswerFormat.class);
        ValidationRequest request = new ValidationRequest("P", null, null, false, null, Map.of(), null);
        ValidationBroker broker = world.get(ValidationBroker.class);

        RenderedAnswer own = world.call(() -> broker.validate("ann@example.com", request, null, format));
        assertThat(((Map<?, ?>) JsonText.parse(own.body())).get("licenseeNumber"))
                .isEqualTo("C-1");
        for (String other : List.of("bob@example.com", "nobody@example.com", "C-2", "C-404")) {
            assertThatThrownBy(() -> world.call(() -> broker.validate(other, request, null, format)))
                    .as("%s: another licensee's alias or number reads as one that does not exist", other)
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("this API key is limited to another licensee");
        }
    }

    private static LicenseeRequest licensee(String number, List<String> aliases) {
        return new LicenseeRequest(number, null, "P", null, null, null, null, aliases, null);
    }

    private static LicenseeRequest change(List<String> aliases) {
        return new LicenseeRequest(null, null, null, null, null, null, null, aliases, null);
    }
}
