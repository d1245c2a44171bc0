package com.appconda.licensing.dashboard.control;

import com.appconda.licensing.licensee.entity.License;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The dashboard's counts, each one query over an index that starts with the vendor. */
@ApplicationScoped
public class DashboardQueries {

    @PersistenceContext
    EntityManager em;

    public long products(long vendorId) {
        return count("select count(p) from Product p where p.vendorId = :vendor", vendorId);
    }

    public long licensees(long vendorId) {
        return count("select count(l) from Licensee l where l.vendorId = :vendor", vendorId);
    }

    public long activeLicenses(long vendorId) {
        return count("select count(l) from License l where l.vendorId = :vendor and l.active = true", vendorId);
    }

    /** Active licenses whose time volume ends in {@code [from, to)}, soonest first. */
    public List<License> expiring(long vendorId, Instant from, Instant to, int limit) {
        return em.createQuery(
                        "select l from License l join fetch l.licensee where l.vendorId = :vendor"
                                + " and l.active = true and l.expiresAt >= :from and l.expiresAt < :to"
                                + " order by l.expiresAt, l.id",
                        License.class)
                .setParameter("vendor", vendorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    private long count(String query, long vendorId) {
        return em.createQuery(query, Long.class)
                .setParameter("vendor", vendorId)
                .getSingleResult();
    }
}
