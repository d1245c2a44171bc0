package com.appconda.licensing.report.control;

import com.appconda.licensing.platform.control.DataSourceLocator;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The report job's access to the database, in plain JDBC: it reads millions of usage events a night and writes
 * facts in batches, where an entity per row would cost more than the work. A connection taken inside a
 * transaction joins it, as the EntityManager's would, so a chunk's facts and its checkpoint commit together.
 */
@ApplicationScoped
public class ReportDatabase {

    /** Found by its JNDI name on first use; a component test hands in its own. */
    volatile DataSource dataSource;

    public Connection connection() throws SQLException {
        DataSource found = dataSource;
        if (found == null) {
            found = DataSourceLocator.lookup();
            dataSource = found;
        }
        return found.getConnection();
    }

    /** A nullable BIGINT column: null where the row has none, not JDBC's 0. */
    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A UTC day's first instant, as the timestamp columns take it. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
