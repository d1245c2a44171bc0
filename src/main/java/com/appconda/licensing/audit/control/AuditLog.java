package com.appconda.licensing.audit.control;

import com.appconda.licensing.audit.entity.AuditEntry;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends to and reads the audit trail; joins the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Caller caller, String action, String entityType, String entityNumber, String details) {
        em.persist(new AuditEntry(caller.vendorId(), clock.instant(), caller.actor(), action, entityType,
                entityNumber, details));
    }

    public List<AuditEntry> latest(long vendorId, int count) {
        return em.createQuery("select a from AuditEntry a where a.vendorId = :vendor order by a.id desc",
                        AuditEntry.class)
                .setParameter("vendor", vendorId)
                .setMaxResults(count)
                .getResultList();
    }
}
