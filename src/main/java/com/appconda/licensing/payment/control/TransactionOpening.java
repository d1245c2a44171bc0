package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.payment.entity.TransactionLine;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.EntityNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the pending transaction of a checkout and its payment at the provider, in the caller's transaction. A shop
 * token has at most one pending transaction: a newer checkout with the same token (another tab, a changed cart)
 * cancels the older one first, so that paying the older one afterwards is refused, never a second purchase. The
 * caller holds the token's row lock, so two checkouts of one token are one after the other.
 */
@ApplicationScoped
public class TransactionOpening {

    @Inject
    TenantStore store;

    @Inject
    Settlement settlement;

    @Inject
    PaymentProviders providers;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How long a checkout may be paid: the buyer's time at the provider's page. */
    @Inject
    @ConfigProperty(name = "licensing.payments.pending-minutes", defaultValue = "30")
    int pendingMinutes;

    /** The opened payment: the transaction's number and the provider's page the buyer pays on. */
    public record Opened(String transactionNumber, PaymentProvider.PaymentSession session) {}

    public Opened open(
            long vendorId,
            PaymentTransaction.Buyer buyer,
            Quote quote,
            List<TransactionLine> lines,
            PaymentProvider.ReturnPages pages) {
        Instant now = clock.instant();
        if (buyer.shopTokenId() != null) {
            cancelPendingOf(buyer.shopTokenId(), now);
        }
        PaymentProvider provider = providers.forVendor(vendorId);
        PaymentTransaction transaction = new PaymentTransaction(
                vendorId,
                EntityNumber.generate('T'),
                buyer,
                quote,
                lines,
                provider.name(),
                now,
                now.plus(Duration.ofMinutes(pendingMinutes)));
        store.persist(transaction);
        store.flush();
        PaymentProvider.PaymentSession session = provider.open(transaction, pages);
        transaction.referTo(session.reference());
        store.flush();
        return new Opened(transaction.getNumber(), session);
    }

    private void cancelPendingOf(long shopTokenId, Instant now) {
        em.createQuery("select t from PaymentTransaction t where t.openTokenId = :token", PaymentTransaction.class)
                .setParameter("token", shopTokenId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", true)
                .getResultList()
                .forEach(pending -> settlement.fail(pending, now, "replaced by a newer checkout"));
    }
}
