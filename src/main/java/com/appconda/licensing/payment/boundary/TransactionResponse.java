package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.platform.entity.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A payment transaction as the API and the console show it: the state, the money (net + vat = gross; the fee is
 * the operator's share, {@code vendorShare} what the vendor keeps, both 0 for a transaction never paid or refunded),
 * the buyer, the provider's reference, and the lines bought.
 */
public record TransactionResponse(
        String number,
        String status,
        String source,
        boolean refunded,
        String licenseeNumber,
        String currency,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal net,
        BigDecimal vatPercent,
        BigDecimal vat,
        BigDecimal gross,
        BigDecimal fee,
        BigDecimal vendorShare,
        String vatMode,
        String taxTreatment,
        String country,
        String vatId,
        String buyerEmail,
        String paymentMethod,
        String providerReference,
        String failure,
        List<Line> lines,
        int licenses,
        Instant createdAt,
        Instant closedAt,
        Instant refundedAt) {

    /** A line as bought. */
    public record Line(String licenseTemplateNumber, String name, BigDecimal unitPrice, int quantity) {}

    static TransactionResponse from(PaymentTransaction t, BigDecimal fee) {
        boolean kept = t.getStatus().name().equals("CLOSED") && !t.isRefunded();
        return new TransactionResponse(
                t.getNumber(),
                t.getStatus().name(),
                t.getSource(),
                t.isRefunded(),
                t.getLicenseeNumber(),
                t.getCurrency(),
                Amounts.plain(t.getSubtotal()),
                Amounts.plain(t.getDiscount()),
                Amounts.plain(t.getNet()),
                Amounts.plain(t.getVatPercent()),
                Amounts.plain(t.getVat()),
                Amounts.plain(t.getGross()),
                kept ? Amounts.plain(fee) : BigDecimal.ZERO,
                kept ? Amounts.plain(t.getNet().subtract(fee)) : BigDecimal.ZERO,
                t.getVatMode().name(),
                t.getTaxTreatment().name(),
                t.getCountry(),
                t.getVatId(),
                t.getBuyerEmail(),
                t.getProvider(),
                t.getProviderReference(),
                t.getFailure(),
                t.getLines().stream()
                        .map(line -> new Line(
                                line.getTemplateNumber(),
                                line.getName(),
                                Amounts.plain(line.getUnitPrice()),
                                line.getQuantity()))
                        .toList(),
                t.getLicenseIds().size(),
                t.getCreatedAt(),
                t.getClosedAt(),
                t.getRefundedAt());
    }
}
