package com.appconda.licensing.components;

import com.appconda.licensing.platform.boundary.MigrationLocations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with the real schema (the Flyway migrations the server runs) and the real
 * persistence unit over it (EclipseLink, as on Payara, outside a container: resource-local transactions on one
 * entity manager). The H2 engine is the one Payara Micro uses; each database has its own name, so tests never
 * share data.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final EntityManager em;

    private TestDatabase(String url) {
        JdbcDataSource dataSource = migrated(url);
        factory = Persistence.createEntityManagerFactory(
                "licensing",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.nonJtaDataSource", dataSource,
                        "eclipselink.target-server", "None",
                        "eclipselink.weaving", "false",
                        "eclipselink.logging.level", "WARNING"));
        em = factory.createEntityManager();
    }

    /** A new in-memory H2 database with the server's migrations applied, for tests that speak JDBC. */
    public static JdbcDataSource migratedH2(String label) {
        return migrated("jdbc:h2:mem:" + label + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static JdbcDataSource migrated(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MigrationLocations.of("H2"))
                .load()
                .migrate();
        return dataSource;
    }

    public static TestDatabase fresh() {
        return new TestDatabase("jdbc:h2:mem:component-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    public EntityManager entityManager() {
        return em;
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
