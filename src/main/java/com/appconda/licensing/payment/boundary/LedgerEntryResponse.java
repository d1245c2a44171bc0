package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.entity.LedgerEntry;
import com.appconda.licensing.platform.entity.Amounts;
import java.math.BigDecimal;
import java.time.Instant;

/** A ledger booking: signed amount of a kind (GROSS, VAT, FEE) for a transaction; {@code reversal} for a refund's. */
public record LedgerEntryResponse(
        String transactionNumber, String kind, boolean reversal, BigDecimal amount, String currency, Instant bookedAt) {

    static LedgerEntryResponse from(LedgerEntry entry) {
        return new LedgerEntryResponse(
                entry.getTransactionNumber(),
                entry.getKind().name(),
                entry.isReversal(),
                Amounts.plain(entry.getAmount()),
                entry.getCurrency(),
                entry.getBookedAt());
    }
}
