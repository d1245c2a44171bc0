package com.appconda.licensing.payment.boundary;

import java.math.BigDecimal;

/**
 * A vendor's money in one currency: what buyers paid (net of refunds), the VAT in it, the operator's fees, and the
 * balance the vendor keeps ({@code gross + vat + fees}, the signed sum of every entry).
 */
public record LedgerBalance(String currency, BigDecimal gross, BigDecimal vat, BigDecimal fees, BigDecimal balance) {}
