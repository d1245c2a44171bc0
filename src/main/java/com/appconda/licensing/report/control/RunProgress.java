package com.appconda.licensing.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** How far a run has got, from the days it owns: what its readers planned and its writers wrote, and any failure. */
@ApplicationScoped
public class RunProgress {

    @Inject
    ReportDatabase database;

    public record Progress(long items, long done, long facts, String failure) {

        static final Progress NONE = new Progress(0, 0, 0, null);
    }

    public Progress of(long owner) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement("SELECT COALESCE(SUM(items), 0), COALESCE(SUM(done), 0),"
                        + " COALESCE(SUM(facts), 0), MAX(failure), COUNT(*) FROM report_day WHERE owner = ?")) {
            query.setLong(1, owner);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getLong(5) == 0) {
                    return Progress.NONE;
                }
                return new Progress(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4));
            }
        }
    }
}
