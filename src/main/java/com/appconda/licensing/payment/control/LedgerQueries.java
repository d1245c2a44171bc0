package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.LedgerEntry;
import com.appconda.licensing.payment.entity.LedgerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a vendor's ledger: entries newest first, sums per currency and kind, the fee booked per transaction. */
@ApplicationScoped
public class LedgerQueries {

    @PersistenceContext
    EntityManager em;

    /** One sum of signed amounts: a currency, a kind, the total. */
    public record Sum(String currency, LedgerKind kind, BigDecimal total) {}

    public List<Sum> sums(long vendorId) {
        return em
                .createQuery(
                        "select e.currency, e.kind, sum(e.amount) from LedgerEntry e where e.vendorId = :vendor"
                                + " group by e.currency, e.kind order by e.currency",
                        Object[].class)
                .setParameter("vendor", vendorId)
                .getResultList()
                .stream()
                .map(row -> new Sum((String) row[0], (LedgerKind) row[1], (BigDecimal) row[2]))
                .toList();
    }

    /** Entries of one currency, or of all when {@code currency} is null; newest first unless {@code oldestFirst}. */
    public List<LedgerEntry> entries(long vendorId, String currency, boolean oldestFirst, int first, int max) {
        TypedQuery<LedgerEntry> query = em.createQuery(
                        "select e from LedgerEntry e where e.vendorId = :vendor" + currencyCondition(currency)
                                + (oldestFirst ? " order by e.bookedAt, e.id" : " order by e.bookedAt desc, e.id desc"),
                        LedgerEntry.class)
                .setParameter("vendor", vendorId);
        if (currency != null) {
            query.setParameter("currency", currency);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long vendorId, String currency) {
        TypedQuery<Long> query = em.createQuery(
                        "select count(e) from LedgerEntry e where e.vendorId = :vendor" + currencyCondition(currency),
                        Long.class)
                .setParameter("vendor", vendorId);
        if (currency != null) {
            query.setParameter("currency", currency);
        }
        return query.getSingleResult();
    }

    /** A condition on the currency only when one is asked for (PostgreSQL cannot type a null parameter). */
    private static String currencyCondition(String currency) {
        return currency == null ? "" : " and e.currency = :currency";
    }

    /** The operator's fee each of these transactions' sales booked (none for one never paid). */
    public Map<Long, BigDecimal> feesOf(Collection<Long> transactionIds) {
        Map<Long, BigDecimal> fees = new HashMap<>();
        if (transactionIds.isEmpty()) {
            return fees;
        }
        em.createQuery(
                        "select e.transactionId, e.amount from LedgerEntry e where e.kind = :fee"
                                + " and e.reversal = false and e.transactionId in :ids",
                        Object[].class)
                .setParameter("fee", LedgerKind.FEE)
                .setParameter("ids", transactionIds)
                .getResultList()
                .forEach(row -> fees.put((Long) row[0], ((BigDecimal) row[1]).negate()));
        return fees;
    }
}
