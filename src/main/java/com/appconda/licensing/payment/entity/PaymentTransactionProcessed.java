package com.appconda.licensing.payment.entity;

import java.time.Instant;
import java.util.Set;

/**
 * A payment transaction ended (closed or cancelled) or was refunded: fired in the transaction that changed it, for
 * the features that tell others (webhooks), which observe it after that transaction has committed.
 *
 * @param licenseNumbers the licenses it created (closed), deactivated (refunded), or none (cancelled)
 * @param buyerEmail the address the buyer gave at checkout
 */
public record PaymentTransactionProcessed(
        long vendorId,
        String transactionNumber,
        String licenseeNumber,
        TransactionStatus status,
        boolean refunded,
        Set<String> licenseNumbers,
        String buyerEmail,
        Instant at) {

    public PaymentTransactionProcessed {
        licenseNumbers = Set.copyOf(licenseNumbers);
    }
}
