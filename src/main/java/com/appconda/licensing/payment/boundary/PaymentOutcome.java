package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.entity.PaymentTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment as the buyer's pages show it: the transaction, what it costs, how it stands, and where the buyer goes
 * next (the vendor's success page once paid, its cancel page otherwise).
 */
public record PaymentOutcome(
        String transactionNumber,
        String shopName,
        String status,
        boolean payable,
        BigDecimal gross,
        BigDecimal vat,
        String currency,
        List<Item> items,
        int licenses,
        String failure,
        String successUrl,
        String successTitle,
        String cancelUrl,
        String cancelTitle,
        Instant expiresAt) {

    /** A cart line: what and how many. */
    public record Item(String name, int quantity) {}

    static PaymentOutcome of(PaymentTransaction transaction, String shopName, Instant now) {
        return new PaymentOutcome(
                transaction.getNumber(),
                shopName,
                transaction.getStatus().name(),
                transaction.isPayableAt(now),
                transaction.getGross(),
                transaction.getVat(),
                transaction.getCurrency(),
                transaction.getLines().stream()
                        .map(line -> new Item(line.getName(), line.getQuantity()))
                        .toList(),
                transaction.getLicenseIds().size(),
                transaction.getFailure(),
                transaction.getSuccessUrl(),
                transaction.getSuccessTitle(),
                transaction.getCancelUrl(),
                transaction.getCancelTitle(),
                transaction.getExpiresAt());
    }
}
