package com.appconda.licensing.usage.control;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a record the database refuses for what it holds from a database that refuses everything: SQL states of
 * class 22 (data exception: a value too long, out of range, malformed) and 23 (integrity constraint) concern the
 * record; any other failure (a lost connection, a full pool, a rollback) concerns the database.
 */
public final class PoisonRecords {

    private PoisonRecords() {}

    /** The database's reason when the failure is the record's, empty when it is the database's. */
    public static Optional<String> reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return Optional.of("SQL state " + sql.getSQLState() + ": " + sql.getMessage());
            }
        }
        return Optional.empty();
    }
}
