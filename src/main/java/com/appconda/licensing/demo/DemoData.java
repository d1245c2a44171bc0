package com.appconda.licensing.demo;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.vendor.control.VendorStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo vendor once, when {@code licensing.demo.seed} is true: user {@value #USERNAME} with password
 * {@value #USERNAME}, its catalog and its customers in one transaction ({@link DemoCatalog}), then a few
 * validations, each in its own transaction as real requests are ({@link DemoActivity}); this bean starts no
 * transaction of its own, so the catalog has committed before the first validation reads it. Skipped when the
 * user already exists, so restarts keep whatever the demo vendor changed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    static final String USERNAME = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "licensing.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    VendorStore vendors;

    @Inject
    DemoCatalog catalog;

    @Inject
    DemoActivity activity;

    @PostConstruct
    void seedOnce() {
        if (!seed || vendors.findUser(USERNAME).isPresent()) {
            return;
        }
        Caller demo = catalog.seed(USERNAME);
        try {
            activity.seed(demo);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the demo validations failed; the demo catalog is complete without them", e);
        }
        LOG.warning("SEEDED THE DEMO VENDOR with the well-known login demo / demo (console and API):"
                + " never set licensing.demo.seed on a server that others can reach");
    }
}
