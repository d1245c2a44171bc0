package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.licensee.entity.Checkout;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.NodeSlot;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.EntityNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Carries out what the licensing models decided: takes, extends and frees floating seats, writes
 * off quantities, binds nodes, issues and starts evaluation licenses. The caller holds the
 * licensee's row lock and evaluated on state read under it, so these changes are exact even with
 * many requests at once on several nodes.
 */
@ApplicationScoped
public class EffectApplier {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantStore store;

    public void apply(Licensee licensee, List<Effect> effects, Instant now) {
        for (Effect effect : effects) {
            apply(licensee, effect, now);
        }
    }

    private void apply(Licensee licensee, Effect effect, Instant now) {
        if (effect instanceof Effect.CheckOutSession checkOut) {
            checkOut(license(licensee, checkOut.licenseNumber()), checkOut.sessionId(), checkOut.expiresAt());
        } else if (effect instanceof Effect.ExtendSession extend) {
            checkOut(license(licensee, extend.licenseNumber()), extend.sessionId(), extend.expiresAt());
        } else if (effect instanceof Effect.CheckInSession checkIn) {
            checkIn(license(licensee, checkIn.licenseNumber()), checkIn.sessionId());
        } else if (effect instanceof Effect.WriteOffQuantity writeOff) {
            license(licensee, writeOff.licenseNumber()).writeOff(writeOff.amount());
        } else if (effect instanceof Effect.StoreNodeSecret node) {
            em.persist(new NodeSlot(license(licensee, node.licenseNumber()), node.secret(), now));
        } else if (effect instanceof Effect.CreateEvaluationLicense evaluation) {
            issueEvaluation(licensee, evaluation.templateNumber(), evaluation.startDate());
        } else if (effect instanceof Effect.StartLicense start) {
            license(licensee, start.licenseNumber()).setStartDate(start.startDate());
        } else {
            throw new IllegalStateException("unknown effect " + effect);
        }
    }

    private License license(Licensee licensee, String number) {
        License license = store.require(License.class, licensee.getVendorId(), number);
        if (!license.getLicensee().equals(licensee)) {
            throw new IllegalStateException("license " + number + " is not the licensee's");
        }
        return license;
    }

    /** Takes a seat, or moves the expiry of the session's seat (also one whose checkout had expired). */
    private void checkOut(License license, String sessionId, Instant expiresAt) {
        session(license, sessionId)
                .ifPresentOrElse(
                        held -> held.extendTo(expiresAt),
                        () -> em.persist(new Checkout(license, sessionId, expiresAt)));
    }

    private void checkIn(License license, String sessionId) {
        session(license, sessionId).ifPresent(em::remove);
    }

    private java.util.Optional<Checkout> session(License license, String sessionId) {
        return em.createQuery(
                        "select c from Checkout c where c.license = :license and c.sessionId = :session",
                        Checkout.class)
                .setParameter("license", license)
                .setParameter("session", sessionId)
                .getResultStream()
                .findFirst();
    }

    private void issueEvaluation(Licensee licensee, String templateNumber, Instant startDate) {
        LicenseTemplate template = store.require(LicenseTemplate.class, licensee.getVendorId(), templateNumber);
        License evaluation = new License(licensee.getVendorId(), EntityNumber.generate('L'), licensee, template);
        evaluation.setPrice(BigDecimal.ZERO);
        evaluation.setStartDate(startDate);
        em.persist(evaluation);
    }
}
