package com.appconda.licensing.platform.control;

import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Finds the application's one datasource, {@value #JNDI_NAME}, the name persistence.xml names too.
 * Payara binds server resources under that name as it is; WildFly only binds below {@code java:/}
 * and resolves persistence.xml's name there itself, so the same lookup is tried with that prefix.
 */
public final class DataSourceLocator {

    public static final String JNDI_NAME = "jdbc/licensing";
    private static final List<String> CANDIDATES = List.of(JNDI_NAME, "java:/" + JNDI_NAME);

    private DataSourceLocator() {}

    public static DataSource lookup() {
        NamingException last = null;
        for (String name : CANDIDATES) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException(
                "no datasource bound as " + CANDIDATES + "; see server-config/ for how to define it", last);
    }
}
