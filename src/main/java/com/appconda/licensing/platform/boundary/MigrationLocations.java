package com.appconda.licensing.platform.boundary;

import java.util.Locale;

/**
 * Where Flyway finds the migrations of a database: those of every database, then those of this database only
 * ({@code db/vendor/h2}, {@code db/vendor/postgresql}), named after the JDBC driver's product name.
 */
public final class MigrationLocations {

    private MigrationLocations() {}

    public static String[] of(String databaseProduct) {
        String vendor = databaseProduct.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
