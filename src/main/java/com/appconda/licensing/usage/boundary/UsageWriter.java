package com.appconda.licensing.usage.boundary;

import com.appconda.licensing.usage.entity.Usage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Writes one batch of usage events in its own transaction. */
@Stateless
public class UsageWriter {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(List<Usage> batch) {
        batch.forEach(usage -> em.persist(usage.toEntity()));
    }
}
