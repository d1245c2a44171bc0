package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.IdempotencyRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stored answers of state-changing requests, by vendor and {@code Idempotency-Key}. */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext
    EntityManager em;

    public Optional<IdempotencyRecord> find(long vendorId, String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(vendorId, key)));
    }

    public void save(IdempotencyRecord record) {
        em.persist(record);
    }
}
