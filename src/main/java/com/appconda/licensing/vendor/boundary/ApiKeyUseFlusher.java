package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.ApplicationStopping;
import com.appconda.licensing.vendor.control.ApiKeyUse;
import com.appconda.licensing.vendor.control.ApiKeyUseWriter;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes API keys' last use every five seconds and once more when the application stops. */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApiKeyUseFlusher {

    private static final Logger LOG = Logger.getLogger(ApiKeyUseFlusher.class.getName());

    @Inject
    ApiKeyUse use;

    @Inject
    ApiKeyUseWriter writer;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void everyFiveSeconds() {
        flush();
    }

    public void onApplicationStopping(@Observes ApplicationStopping stopping) {
        flush();
    }

    @PreDestroy
    void onStop() {
        flush();
    }

    public synchronized void flush() {
        Map<Long, Instant> uses = use.drain();
        if (uses.isEmpty()) {
            return;
        }
        try {
            writer.write(uses);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "last use of " + uses.size() + " API keys not written; will retry", e);
            use.requeue(uses);
        }
    }
}
