package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The licenses a paid purchase gives a licensee: one per unit bought, each at the price it was sold for, in the
 * caller's transaction (the payment's, which also books the money). A bought time volume starts at the purchase, so
 * that a renewal bought before the current one ends is appended after it (the Subscription model's cumulative rule).
 * A refund deactivates exactly the licenses it paid for.
 */
@ApplicationScoped
public class PurchasedLicenses {

    @Inject
    TenantStore store;

    @PersistenceContext
    EntityManager em;

    /** One bought line: the template, how many, at what unit price. */
    public record Purchase(long templateId, int quantity, BigDecimal unitPrice) {}

    /** Issues the licenses of the purchases to the licensee; the new licenses' numbers by their ids, in order. */
    public Map<Long, String> issue(long vendorId, long licenseeId, Iterable<Purchase> purchases, Instant purchasedAt) {
        Licensee licensee = em.find(Licensee.class, licenseeId);
        if (licensee == null || licensee.getVendorId() != vendorId) {
            throw new RuleViolationException(
                    "the licensee of this purchase no longer exists", Map.of("licenseeNumber", "deleted"));
        }
        Map<Long, String> created = new LinkedHashMap<>();
        for (Purchase purchase : purchases) {
            LicenseTemplate template = em.find(LicenseTemplate.class, purchase.templateId());
            if (template == null || template.getVendorId() != vendorId) {
                throw new RuleViolationException(
                        "a template of this purchase no longer exists", Map.of("licenseTemplateNumber", "deleted"));
            }
            for (int unit = 0; unit < purchase.quantity(); unit++) {
                License license = new License(vendorId, EntityNumber.generate('L'), licensee, template);
                license.setPrice(purchase.unitPrice());
                if (template.getLicenseType() == LicenseType.TIMEVOLUME) {
                    license.setStartDate(purchasedAt);
                }
                store.persist(license);
                store.flush();
                created.put(license.getId(), license.getNumber());
            }
        }
        return created;
    }

    /** Deactivates the licenses (those that still exist); the numbers of those it deactivated. */
    public Set<String> deactivate(long vendorId, Set<Long> licenseIds) {
        Set<String> deactivated = new LinkedHashSet<>();
        for (Long id : licenseIds) {
            License license = em.find(License.class, id);
            if (license != null && license.getVendorId() == vendorId && license.isActive()) {
                license.setActive(false);
                deactivated.add(license.getNumber());
            }
        }
        return deactivated;
    }
}
