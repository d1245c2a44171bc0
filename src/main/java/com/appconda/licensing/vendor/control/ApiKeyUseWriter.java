package com.appconda.licensing.vendor.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;

/** Writes buffered last-use instants in one transaction, never moving one back in time. */
@Stateless
public class ApiKeyUseWriter {

    @PersistenceContext
    EntityManager em;

    public void write(Map<Long, Instant> uses) {
        // A bulk update: last use is bookkeeping, not an edit, so it neither bumps the key's revision
        // nor collides with an admin editing the key at the same moment.
        var update = em.createQuery("update ApiKey t set t.lastUsedAt = :at where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :at)");
        uses.forEach((apiKeyId, at) ->
                update.setParameter("id", apiKeyId).setParameter("at", at).executeUpdate());
    }
}
