package com.appconda.licensing.usage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Counts over the recorded usage events, each one query over an index that starts with the vendor. */
@ApplicationScoped
public class UsageCounts {

    @PersistenceContext
    EntityManager em;

    /** Validations answered in {@code [from, to)}: each opened exactly one usage event. */
    public long validations(long vendorId, Instant from, Instant to) {
        return em.createQuery(
                        "select count(e) from UsageEvent e where e.vendorId = :vendor"
                                + " and e.occurredAt >= :from and e.occurredAt < :to and e.opensValidation = true",
                        Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
