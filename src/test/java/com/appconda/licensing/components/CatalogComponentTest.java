package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.catalog.boundary.ProductResponse;
import com.appconda.licensing.platform.entity.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog's list filters against H2: a name filter matches its text literally, ignoring case. */
class CatalogComponentTest {

    private TestDatabase database;
    private Components world;

    @BeforeEach
    void productsWithWildcardCharacters() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        world.actingAs(Vendors.signUp(world, "Filters"));
        for (String name : List.of("Gamma 100%", "Gamma 1000", "snake_case", "snakeXcase", "back\\slash", "Ünïcödé")) {
            world.run(() -> world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            null, name, null, null, null, null, null, null, null, null, null, null)));
        }
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @ParameterizedTest(name = "name contains [{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "100%|Gamma 100%",
                "_case|snake_case",
                "\\|back\\slash",
                "GAMMA 1000|Gamma 1000",
                "ünï|Ünïcödé",
                "%|Gamma 100%"
            })
    void wildcardCharactersInANameFilterMatchLiterally(String filter, String found) {
        List<String> names = world
                .call(() -> world.get(ProductCatalog.class)
                        .list(filter, null, PageRequest.of(0, 50, "name"))
                        .items())
                .stream()
                .map(ProductResponse::name)
                .toList();

        assertThat(names).containsExactly(found);
    }

    @org.junit.jupiter.api.Test
    void aNameFilterCombinesWithABooleanFilter() {
        List<String> active = world
                .call(() -> world.get(ProductCatalog.class)
                        .list("gamma", true, PageRequest.of(0, 50, "name"))
                        .items())
                .stream()
                .map(ProductResponse::name)
                .toList();
        List<String> inactive = world
                .call(() -> world.get(ProductCatalog.class)
                        .list("gamma", false, PageRequest.of(0, 50, "name"))
                        .items())
                .stream()
                .map(ProductResponse::name)
                .toList();

        assertThat(active).containsExactly("Gamma 100%", "Gamma 1000");
        assertThat(inactive).isEmpty();
    }

    /** The console's filters reach the store without the API's guard: text no database holds matches nothing. */
    @org.junit.jupiter.api.Test
    void aFilterOrANumberWithANulMatchesNothingWithoutAskingTheDatabase() {
        var page = world.call(
                () -> world.get(ProductCatalog.class).list("Gamma\u0000", null, PageRequest.of(0, 50, "name")));
        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> world.call(() -> world.get(ProductCatalog.class).read("P\u0000")))
                .isInstanceOf(com.appconda.licensing.platform.entity.UnknownEntityException.class);
    }
}
