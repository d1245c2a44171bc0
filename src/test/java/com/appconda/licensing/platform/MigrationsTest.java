package com.appconda.licensing.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.boundary.MigrationLocations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upgrades keep data: for every migration from the second on, a database built at the version
 * before it and filled with a vendor's catalog, licensees and licenses is migrated to the latest
 * version, and every row is still there with its values. Runs on the H2 engine Payara uses; the
 * PostgreSQL run of the integration suite applies the same scripts there.
 */
class MigrationsTest {

    static Stream<String> versionsBeforeAMigration() {
        MigrationInfo[] all =
                flyway("jdbc:h2:mem:list;DB_CLOSE_DELAY=-1", null).info().all();
        List<String> versions =
                Arrays.stream(all).map(info -> info.getVersion().getVersion()).toList();
        return versions.subList(0, versions.size() - 1).stream();
    }

    @ParameterizedTest(name = "data written at V{0} survives the migration to the latest version")
    @MethodSource("versionsBeforeAMigration")
    void upgradeKeepsExistingData(String version) throws SQLException {
        String url = "jdbc:h2:mem:upgrade" + version + ";DB_CLOSE_DELAY=-1";
        flyway(url, version).migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            fill(connection);
        }
        flyway(url, null).migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(rows(connection, "select number, name from product order by number"))
                    .containsExactly("P-1|Product One", "P-2|Produkt Zwei 𝄞");
            assertThat(rows(connection, "select number, licensing_model from product_module"))
                    .containsExactly("M-1|Floating");
            assertThat(rows(connection, "select number, license_type, max_sessions, price from license_template"))
                    .containsExactly("T-1|FLOATING|5|49.5000");
            assertThat(rows(
                            connection,
                            "select l.number, e.number, l.max_sessions from license l"
                                    + " join licensee e on e.id = l.licensee_id order by l.number"))
                    .containsExactly("L-1|C-1|5", "L-2|C-1|null");
            assertThat(rows(connection, "select prop_name, prop_value from licensee_property"))
                    .containsExactly("email|c@example.com");
            assertThat(rows(connection, "select licensee_secret_mode from product order by number"))
                    .containsExactly("DISABLED", "DISABLED");
            assertThat(rows(connection, "select used_quantity from license order by number"))
                    .as("V3: nothing consumed yet")
                    .containsExactly("0", "0");
            if (Integer.parseInt(version) < 4) {
                assertThat(rows(connection, "select number, expires_at from license order by number"))
                        .as("V4 computed the expiry: a month from 31 January ends on the last day of February")
                        .containsExactly("L-1|null", "L-2|2026-02-28 23:59:59+00");
            }
            assertThat(rows(
                            connection,
                            "select count(*) from information_schema.indexes where table_name = 'LICENSEE'"
                                    + " and index_name like 'CONSTRAINT%'"))
                    .as("V5 (H2): no vendor-only index left to prefer")
                    .containsExactly("0");
        }
    }

    private static Flyway flyway(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, "sa", "").locations(MigrationLocations.of("H2"));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("insert into vendor (id, version, number, name, email, default_currency, time_zone, created_at)"
                    + " values (1, 1, 'V-1', 'Vendor', 'v@example.com', 'EUR', 'UTC', TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-31 23:59:59+00')");
            sql.execute("insert into product (id, version, vendor_id, number, active, name, licensee_auto_create,"
                    + " vat_mode) values (10, 1, 1, 'P-1', true, 'Product One', false, 'GROSS'),"
                    + " (11, 1, 1, 'P-2', true, 'Produkt Zwei 𝄞', true, 'NET')");
            sql.execute("insert into product_module (id, version, vendor_id, number, active, product_id, name,"
                    + " licensing_model) values (20, 1, 1, 'M-1', true, 10, 'Seats', 'Floating')");
            sql.execute(
                    "insert into license_template (id, version, vendor_id, number, active, product_module_id, name,"
                            + " license_type, price, currency, automatic, hidden, hide_licenses, max_sessions)"
                            + " values (30, 1, 1, 'T-1', true, 20, 'Five seats', 'FLOATING', 49.5, 'EUR', false, false, false, 5)");
            sql.execute("insert into licensee (id, version, vendor_id, number, active, product_id, name,"
                    + " marked_for_transfer) values (40, 1, 1, 'C-1', true, 10, 'Customer', false)");
            sql.execute("insert into licensee_property (licensee_id, prop_name, prop_value)"
                    + " values (40, 'email', 'c@example.com')");
            sql.execute("insert into license (id, version, vendor_id, number, active, licensee_id, license_template_id,"
                    + " price, currency, hidden, max_sessions) values (50, 1, 1, 'L-1', true, 40, 30, 49.5, 'EUR',"
                    + " false, 5)");
            sql.execute("insert into license (id, version, vendor_id, number, active, licensee_id, license_template_id,"
                    + " price, currency, hidden, start_date, time_volume, time_volume_period) values (51, 1, 1, 'L-2',"
                    + " true, 40, 30, 0, 'EUR', false, TIMESTAMP WITH TIME ZONE '2026-01-31 23:59:59+00', 1, 'MONTH')");
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
