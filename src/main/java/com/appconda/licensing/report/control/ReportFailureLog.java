package com.appconda.licensing.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Why a run failed, on the days it owns, in a transaction of its own (the failed step's is rolled back). */
@ApplicationScoped
public class ReportFailureLog {

    static final int MOST = 500;
    private static final Logger LOG = Logger.getLogger(ReportFailureLog.class.getName());

    @Inject
    ReportDatabase database;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long owner, String failure) {
        String text = failure.length() <= MOST ? failure : failure.substring(0, MOST);
        LOG.warning(() -> "usage report run " + owner + " failed: " + text);
        try (Connection c = database.connection();
                PreparedStatement update = c.prepareStatement("UPDATE report_day SET failure = ? WHERE owner = ?")) {
            update.setString(1, text);
            update.setLong(2, owner);
            update.executeUpdate();
        } catch (SQLException notRecorded) {
            LOG.log(Level.WARNING, "the reason of the failed usage report run was not recorded", notRecorded);
        }
    }
}
