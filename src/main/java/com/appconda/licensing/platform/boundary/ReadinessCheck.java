package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.control.DataSourceLocator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP only when this application is deployed (the check is part of it: a failed deployment has no
 * readiness check to answer UP), the schema is migrated and the database answers now.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers = databaseAnswers();
        return HealthCheckResponse.named("applicensing")
                .status(migration.isMigrated() && databaseAnswers)
                .withData("schemaVersion", migration.schemaVersion())
                .withData("database", databaseAnswers ? "reachable" : "unreachable")
                .build();
    }

    private static boolean databaseAnswers() {
        try (Connection connection = DataSourceLocator.lookup().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }
}
