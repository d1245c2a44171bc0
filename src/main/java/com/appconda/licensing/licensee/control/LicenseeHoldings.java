package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.licensee.entity.Checkout;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** What one licensee holds (its licenses, its floating checkouts) and what it may be given (its product's templates). */
@ApplicationScoped
public class LicenseeHoldings {

    @PersistenceContext
    EntityManager em;

    public List<License> licenses(Licensee licensee) {
        return em.createQuery(
                        "select l from License l join fetch l.licenseTemplate where l.licensee = :licensee"
                                + " order by l.id",
                        License.class)
                .setParameter("licensee", licensee)
                .getResultList();
    }

    /** The active templates of the licensee's product, module by module. */
    public List<LicenseTemplate> issuableTemplates(Licensee licensee) {
        return em.createQuery(
                        "select t from LicenseTemplate t join fetch t.productModule"
                                + " where t.productModule.product = :product and t.active = true"
                                + " order by t.productModule.id, t.name, t.id",
                        LicenseTemplate.class)
                .setParameter("product", licensee.getProduct())
                .getResultList();
    }

    /** Checkouts still holding a seat at {@code now}, soonest to expire first. */
    public List<Checkout> checkoutsHeldAt(Licensee licensee, Instant now) {
        return em.createQuery(
                        "select c from Checkout c join fetch c.license where c.license.licensee = :licensee"
                                + " and c.expiresAt > :now order by c.expiresAt",
                        Checkout.class)
                .setParameter("licensee", licensee)
                .setParameter("now", now)
                .getResultList();
    }

    public List<Checkout> checkouts(Licensee licensee, String licenseNumber, String sessionId) {
        return em.createQuery(
                        "select c from Checkout c where c.license.licensee = :licensee"
                                + " and c.license.number = :license and c.sessionId = :session",
                        Checkout.class)
                .setParameter("licensee", licensee)
                .setParameter("license", licenseNumber)
                .setParameter("session", sessionId)
                .getResultList();
    }

    public void release(List<Checkout> checkouts) {
        checkouts.forEach(em::remove);
        em.flush();
    }
}
