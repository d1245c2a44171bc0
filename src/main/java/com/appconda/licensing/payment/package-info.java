/**
 * Payments: payment providers (SPI: sandbox, Stripe), payment transactions (pending, closed, cancelled), the
 * vendor's ledger, provider settings; and the price rules the shop quotes by.
 *
 * <p>Rules: {@code payment.control.PriceCalculator} (discount, VAT treatment, invoice-level rounding),
 * {@code payment.control.VatIdForm} (the form of EU VAT numbers) and {@code payment.control.VatRates} (the standard
 * rates, read from {@code vat-rates.csv}); pure Java, no container, no clock.
 *
 * <p>Entities: {@code Country}, {@code CartLine}, {@code PriceDiscount}, {@code Quote} (records),
 * {@code PriceMode}, {@code TaxTreatment}.
 *
 * <p>May depend on: {@code platform}.
 */
package com.appconda.licensing.payment;
