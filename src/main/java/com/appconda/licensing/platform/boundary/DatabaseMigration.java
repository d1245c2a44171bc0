package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.DataSourceLocator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest version before anything else uses the database. Flyway owns the
 * schema on H2 and PostgreSQL alike; the JPA provider never generates it. Flyway takes a database
 * lock while migrating, so nodes starting together migrate once. Until this has succeeded the
 * readiness check answers DOWN.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private volatile boolean migrated;
    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        DataSource dataSource = DataSourceLocator.lookup();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.of(databaseProduct(dataSource)))
                // WildFly's batch runtime (JBeret) creates its job repository's tables in the application's schema
                // when the server boots, before this runs: a schema holding only those has no history yet. Baseline 0
                // leaves every migration to run; a schema of ours without history fails on V1's first table.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
        migrated = true;
        LOG.info(() -> "database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private String databaseProduct(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
