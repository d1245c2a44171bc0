package com.appconda.licensing.audit.control;

import com.appconda.licensing.audit.entity.AuditEntry;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.RecordComponent;
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
        em.persist(new AuditEntry(
                caller.vendorId(), clock.instant(), caller.actor(), action, entityType, entityNumber, details));
    }

    /** "changed name, price" for the fields a change request carried (the optimistic-lock revision aside). */
    public static String changes(Record request) {
        StringBuilder names = new StringBuilder();
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            if (!"revision".equals(component.getName()) && valueOf(component, request) != null) {
                names.append(names.length() == 0 ? "changed " : ", ").append(component.getName());
            }
        }
        return names.length() == 0 ? "unchanged" : names.toString();
    }

    private static Object valueOf(RecordComponent component, Record request) {
        try {
            return component.getAccessor().invoke(request);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    public List<AuditEntry> latest(long vendorId, int count) {
        return em.createQuery(
                        "select a from AuditEntry a where a.vendorId = :vendor order by a.id desc", AuditEntry.class)
                .setParameter("vendor", vendorId)
                .setMaxResults(count)
                .getResultList();
    }
}
