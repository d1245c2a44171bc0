package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.LedgerEntry;
import com.appconda.licensing.payment.entity.LedgerKind;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Books sales and refunds in the vendor's ledger, in the caller's transaction (the one that closes or refunds the
 * payment transaction, so money and licenses are written together or not at all). A sale books what the buyer paid
 * (GROSS, +), the VAT in it (-) and the operator's fee (-), which is {@code licensing.payments.fee-percent} of the
 * net (VAT is the tax office's money, not revenue), rounded half up to the currency's minor unit. The entries of a
 * sale add up to what the vendor keeps; a refund books each of them reversed.
 */
@ApplicationScoped
public class Ledger {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "licensing.payments.fee-percent", defaultValue = "0")
    String feePercentSetting;

    private BigDecimal feePercent;

    /** A fee that is not a percentage stops the deployment, before any sale is booked with it. */
    @PostConstruct
    void readFee() {
        try {
            feePercent = new BigDecimal(feePercentSetting.trim());
        } catch (NumberFormatException notANumber) {
            feePercent = null;
        }
        if (feePercent == null || feePercent.signum() < 0 || feePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalStateException(
                    "licensing.payments.fee-percent must be a percentage from 0 to 100, not " + feePercentSetting);
        }
    }

    /** The operator's fee of a sale. */
    public BigDecimal feeOf(PaymentTransaction sale) {
        int scale = Currency.getInstance(sale.getCurrency()).getDefaultFractionDigits();
        return sale.getNet().multiply(feePercent).divide(HUNDRED, scale, RoundingMode.HALF_UP);
    }

    public void bookSale(PaymentTransaction sale, Instant at) {
        book(sale, LedgerKind.GROSS, false, sale.getGross(), at);
        book(sale, LedgerKind.VAT, false, sale.getVat().negate(), at);
        book(sale, LedgerKind.FEE, false, feeOf(sale).negate(), at);
    }

    /** Books the reversal of each entry of the sale, negated. */
    public void reverseSale(PaymentTransaction sale, Instant at) {
        for (LedgerEntry entry : entriesOf(sale)) {
            if (!entry.isReversal()) {
                book(sale, entry.getKind(), true, entry.getAmount().negate(), at);
            }
        }
    }

    public List<LedgerEntry> entriesOf(PaymentTransaction transaction) {
        return em.createQuery(
                        "select e from LedgerEntry e where e.transactionId = :transaction order by e.id",
                        LedgerEntry.class)
                .setParameter("transaction", transaction.getId())
                .getResultList();
    }

    private void book(
            PaymentTransaction transaction, LedgerKind kind, boolean reversal, BigDecimal amount, Instant at) {
        em.persist(new LedgerEntry(transaction, kind, reversal, amount, at));
    }
}
