package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.control.Settlement;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.TransactionStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Cancels the pending transactions whose time to be paid has run out, every minute on every node: each under its
 * row lock, so a payment that succeeded meanwhile is closed, not cancelled, and two nodes cancel it once. A buyer
 * who pays an expired one on the sandbox page is refused there at once; this makes the console tell the truth.
 */
@Stateless
public class PendingPaymentExpiry {

    private static final Logger LOG = Logger.getLogger(PendingPaymentExpiry.class.getName());

    /** At most this many per run: a backlog is worked off over the next minutes, in short transactions. */
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settlement settlement;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "pending-payment-expiry")
    public void cancelExpired() {
        Instant now = clock.instant();
        List<PaymentTransaction> due = em.createQuery(
                        "select t from PaymentTransaction t where t.status = :pending and t.expiresAt < :now"
                                + " order by t.expiresAt",
                        PaymentTransaction.class)
                .setParameter("pending", TransactionStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        int cancelled = 0;
        for (PaymentTransaction transaction : due) {
            if (settlement.fail(settlement.lock(transaction), now, "expired before it was paid")) {
                cancelled++;
            }
        }
        if (cancelled > 0) {
            int count = cancelled;
            LOG.info(() -> count + " pending payments expired");
        }
    }
}
