package com.appconda.licensing.payment.control;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.licensee.control.PurchasedLicenses;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.PaymentTransactionProcessed;
import com.appconda.licensing.payment.entity.TransactionLine;
import com.appconda.licensing.payment.entity.TransactionStatus;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.RuleViolationException;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Ends payment transactions, in the caller's transaction and under the transaction's row lock, so that however
 * often and however concurrently a provider's answer arrives (a replayed callback, a double click, two tabs), a
 * transaction closes once: its licenses are created once and its sale booked once. A success that arrives for a
 * transaction already cancelled (the buyer gave up, then the money came after all) still closes it: money taken
 * is always delivered.
 */
@ApplicationScoped
public class Settlement {

    private static final Logger LOG = Logger.getLogger(Settlement.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantStore store;

    @Inject
    PurchasedLicenses licenses;

    @Inject
    Ledger ledger;

    @Inject
    AuditLog audit;

    @Inject
    Event<PaymentTransactionProcessed> processed;

    /** The transaction of a provider's payment, row-locked and freshly read. */
    public Optional<PaymentTransaction> lockByReference(String provider, String reference) {
        if (!couldBeReference(reference)) {
            return Optional.empty();
        }
        em.flush();
        return em.createQuery(
                        "select t from PaymentTransaction t where t.provider = :provider and t.providerReference = :ref",
                        PaymentTransaction.class)
                .setParameter("provider", provider)
                .setParameter("ref", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", true)
                .getResultStream()
                .findFirst();
    }

    /** The transaction of a payment reference (of whichever provider gave it: their references differ), unlocked. */
    public Optional<PaymentTransaction> findByReference(String reference) {
        if (!couldBeReference(reference)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from PaymentTransaction t where t.providerReference = :ref", PaymentTransaction.class)
                .setParameter("ref", reference)
                .setHint("eclipselink.refresh", true)
                .getResultStream()
                .findFirst();
    }

    /** Whether text can be a stored reference at all, so that junk from a page's URL never reaches the database. */
    private static boolean couldBeReference(String reference) {
        return reference != null && reference.length() <= 200 && Fields.storable(reference);
    }

    /** The transaction, row-locked and freshly read. */
    public PaymentTransaction lock(PaymentTransaction transaction) {
        return store.lockFresh(PaymentTransaction.class, transaction);
    }

    /**
     * The provider took the money: creates the licenses, books the sale and closes the transaction; the buyer's
     * e-mail becomes an alias after that has committed ({@code BuyerAliases}), so that an alias taken meanwhile never
     * undoes a sale. Whether it closed now (false: it was closed already).
     */
    public boolean succeed(PaymentTransaction locked, Instant at) {
        if (locked.getStatus() == TransactionStatus.CLOSED) {
            return false;
        }
        if (!locked.isPending()) {
            LOG.warning(() -> "transaction " + locked.getNumber() + " was paid after it was cancelled; closing it");
        }
        if (locked.getLicenseeId() == null) {
            throw new RuleViolationException(
                    "the licensee of transaction " + locked.getNumber() + " was deleted; refund the payment",
                    Map.of("licenseeNumber", "deleted"));
        }
        List<PurchasedLicenses.Purchase> purchases =
                locked.getLines().stream().map(Settlement::purchase).toList();
        Map<Long, String> created = licenses.issue(locked.getVendorId(), locked.getLicenseeId(), purchases, at);
        locked.close(at, created.keySet());
        ledger.bookSale(locked, at);
        Caller shop = shopCaller(locked);
        audit.record(
                shop,
                "CLOSE",
                "transaction",
                locked.getNumber(),
                "paid " + locked.getGross().toPlainString() + " " + locked.getCurrency() + " by " + locked.getProvider()
                        + "; licenses " + String.join(", ", created.values()));
        em.flush();
        fire(locked, Set.copyOf(created.values()), at);
        return true;
    }

    /** Declined, cancelled or expired: cancels a pending transaction. Whether it cancelled now. */
    public boolean fail(PaymentTransaction locked, Instant at, String reason) {
        if (!locked.isPending()) {
            return false;
        }
        locked.cancel(at, reason);
        audit.record(shopCaller(locked), "CANCEL", "transaction", locked.getNumber(), reason);
        em.flush();
        fire(locked, Set.of(), at);
        return true;
    }

    /** Reverses the sale in the ledger and deactivates the licenses it paid for; the provider already gave it back. */
    public void refund(PaymentTransaction locked, Instant at, Caller caller) {
        locked.markRefunded(at);
        ledger.reverseSale(locked, at);
        Set<String> deactivated = licenses.deactivate(locked.getVendorId(), locked.getLicenseIds());
        audit.record(
                caller,
                "REFUND",
                "transaction",
                locked.getNumber(),
                "refunded " + locked.getGross().toPlainString() + " " + locked.getCurrency() + "; deactivated licenses "
                        + String.join(", ", deactivated));
        em.flush();
        fire(locked, deactivated, at);
    }

    private static PurchasedLicenses.Purchase purchase(TransactionLine line) {
        if (line.getTemplateId() == null) {
            throw new RuleViolationException(
                    "template '" + line.getTemplateNumber() + "' of this purchase was deleted; refund the payment",
                    Map.of("licenseTemplateNumber", "deleted"));
        }
        return new PurchasedLicenses.Purchase(line.getTemplateId(), line.getQuantity(), line.getUnitPrice());
    }

    private void fire(PaymentTransaction transaction, Set<String> licenseNumbers, Instant at) {
        processed.fire(new PaymentTransactionProcessed(
                transaction.getVendorId(),
                transaction.getNumber(),
                transaction.getLicenseeNumber(),
                transaction.getStatus(),
                transaction.isRefunded(),
                licenseNumbers,
                transaction.getBuyerEmail(),
                at));
    }

    /** Who the audit trail names for what the shop and the providers do: the shop, for the buyer. */
    private Caller shopCaller(PaymentTransaction transaction) {
        Vendor vendor = em.find(Vendor.class, transaction.getVendorId());
        return new Caller(
                transaction.getVendorId(),
                vendor.getNumber(),
                "shop (" + transaction.getBuyerEmail() + ")",
                Role.ADMIN);
    }
}
