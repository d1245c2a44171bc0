/**
 * Payments: payment providers (the {@code PaymentProvider} SPI: the sandbox now, Stripe next), payment transactions
 * (pending, closed, cancelled; refunds), the vendor's ledger and balance per currency, the sandbox's card page and
 * the page every provider returns the buyer to; and the price rules the shop quotes by.
 *
 * <p>Rules: {@code payment.control.PriceCalculator} (discount, VAT treatment, invoice-level rounding),
 * {@code payment.control.VatIdForm} (the form of EU VAT numbers) and {@code payment.control.VatRates} (the standard
 * rates, read from {@code vat-rates.csv}); pure Java, no container, no clock. {@code Settlement} ends a transaction
 * exactly once under its row lock: the licenses and the ledger's entries with it, or nothing.
 *
 * <p>Tables: {@code payment_transaction}, {@code payment_transaction_line}, {@code payment_transaction_license},
 * {@code ledger_entry}.
 *
 * <p>Events: fires {@code PaymentTransactionProcessed} when a transaction closes, is cancelled or refunded.
 *
 * <p>May depend on: {@code licensee} (issuing and deactivating the licenses bought), {@code vendor},
 * {@code audit}, {@code platform}.
 */
package com.appconda.licensing.payment;
