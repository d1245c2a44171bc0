package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.entity.CsvLine;
import java.util.stream.Collectors;

/** The transactions and the ledger as CSV, one line each, the columns of the API's fields. */
final class PaymentCsv {

    static final String TRANSACTIONS = CsvLine.of(
            "number",
            "createdAt",
            "closedAt",
            "status",
            "refunded",
            "licenseeNumber",
            "buyerEmail",
            "country",
            "vatId",
            "taxTreatment",
            "currency",
            "subtotal",
            "discount",
            "net",
            "vatPercent",
            "vat",
            "gross",
            "fee",
            "vendorShare",
            "paymentMethod",
            "lines",
            "failure");

    static final String LEDGER = CsvLine.of("bookedAt", "transactionNumber", "kind", "reversal", "amount", "currency");

    private PaymentCsv() {}

    static String transaction(TransactionResponse t) {
        return CsvLine.of(
                t.number(),
                t.createdAt(),
                t.closedAt(),
                t.status(),
                t.refunded(),
                t.licenseeNumber(),
                t.buyerEmail(),
                t.country(),
                t.vatId(),
                t.taxTreatment(),
                t.currency(),
                t.subtotal(),
                t.discount(),
                t.net(),
                t.vatPercent(),
                t.vat(),
                t.gross(),
                t.fee(),
                t.vendorShare(),
                t.paymentMethod(),
                t.lines().stream()
                        .map(line -> line.quantity() + " x " + line.licenseTemplateNumber())
                        .collect(Collectors.joining("; ")),
                t.failure());
    }

    static String entry(LedgerEntryResponse e) {
        return CsvLine.of(e.bookedAt(), e.transactionNumber(), e.kind(), e.reversal(), e.amount(), e.currency());
    }
}
