package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.control.Settlement;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * How a payment stands, for the page a provider returns the buyer to: public, found by the provider's reference
 * (random, unguessable), and showing nothing the buyer did not already see.
 */
@Stateless
public class PaymentStatus {

    @Inject
    Settlement settlement;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public PaymentOutcome of(String reference) {
        return settlement
                .findByReference(reference)
                .map(transaction -> PaymentOutcome.of(
                        transaction,
                        em.find(Vendor.class, transaction.getVendorId()).shopTitle(),
                        clock.instant()))
                .orElseThrow(() -> new UnknownEntityException("payment", "this reference"));
    }
}
