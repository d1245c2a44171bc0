package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.control.MasterKey;
import com.appconda.licensing.vendor.control.SigningKeyResealing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Finishes a master key rotation when the server starts: with {@code licensing.master-key} set to the new key and
 * {@code licensing.master-key-previous} to the old one, every signing key is resealed under the new key in one
 * transaction before the first request, and the log says when the previous key may be removed. A key that opens
 * with neither fails the start, changing nothing. Without a previous key this does nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class.getName());

    @Inject
    MasterKey masterKey;

    @Inject
    SigningKeyResealing resealing;

    @PostConstruct
    void finishRotation() {
        if (!masterKey.rotating()) {
            return;
        }
        SigningKeyResealing.Outcome outcome = resealing.resealAll();
        LOG.warning(() -> "master key rotation: " + outcome.resealed() + " signing keys resealed under the new"
                + " master key, " + outcome.alreadyCurrent() + " already were. Once every node runs with the new"
                + " licensing.master-key, remove licensing.master-key-previous (or -previous-file) and restart.");
    }
}
