package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.vendor.control.PasswordHasher;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.Vendor;
import com.appconda.licensing.vendor.entity.VendorUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo vendor once, when {@code licensing.demo.seed} is true (the Quick start sets it):
 * user {@value #USERNAME} with password {@value #USERNAME}, one product with a subscription module,
 * a monthly template and a licensee holding one license. Skipped when the user already exists, so
 * restarts keep whatever the demo vendor changed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    static final String USERNAME = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "licensing.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    VendorStore vendors;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seedOnce() {
        if (!seed || vendors.findUser(USERNAME).isPresent()) {
            return;
        }
        Vendor vendor = vendors.createVendor("Demo Software Ltd", "demo@example.com", clock.instant());
        em.persist(new VendorUser(vendor.getId(), USERNAME, PasswordHasher.hash(USERNAME)));
        seedCatalog(vendor.getId());
        LOG.info("seeded the demo vendor: console and API login demo / demo");
    }

    private void seedCatalog(long vendorId) {
        Product product = new Product(vendorId, "DEMO-APP", "Demo App");
        product.setProductVersion("1.0");
        product.setDescription("A sample product: one subscription module with a monthly plan");
        product.setLicenseeAutoCreate(true);
        em.persist(product);
        ProductModule module = new ProductModule(vendorId, "DEMO-SUBSCRIPTION", product, "Updates", "Subscription");
        em.persist(module);
        LicenseTemplate monthly = new LicenseTemplate(vendorId, "DEMO-MONTHLY", module, "Monthly plan",
                LicenseType.TIMEVOLUME, "EUR");
        monthly.setPrice(new BigDecimal("9.90"));
        monthly.setTimeVolume(1);
        monthly.setTimeVolumePeriod(TimeVolumePeriod.MONTH);
        em.persist(monthly);
        Licensee licensee = new Licensee(vendorId, "DEMO-CUSTOMER", product);
        licensee.setName("First demo customer");
        em.persist(licensee);
        em.persist(new License(vendorId, "DEMO-LICENSE", licensee, monthly));
    }
}
