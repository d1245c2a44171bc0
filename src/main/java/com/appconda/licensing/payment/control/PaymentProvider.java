package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.PaymentTransaction;
import java.net.URI;

/**
 * A way to take the buyer's money (the SPI of the payment feature): the built-in sandbox, and Stripe. A provider
 * opens a payment for a pending transaction and says where the buyer's browser goes to pay; the provider's answer
 * (its callback, or its own page for the sandbox) then reaches {@link Settlement}, which closes or cancels the
 * transaction exactly once, however often the answer arrives.
 */
public interface PaymentProvider {

    /** The name transactions store ({@code SANDBOX}, {@code STRIPE}). */
    String name();

    /** Opens the payment of a pending transaction. {@code pages} are this server's pages the provider returns to. */
    PaymentSession open(PaymentTransaction transaction, ReturnPages pages);

    /** Gives the money of a closed transaction back; a refusal is a {@link PaymentProviderException}. */
    void refund(PaymentTransaction transaction);

    /** The provider's id of the payment and the page the buyer pays on. */
    record PaymentSession(String reference, URI payPage) {}

    /** This server's shop, as the buyer's browser reached it ({@code https://host/shop/}). */
    record ReturnPages(URI shopBase) {

        /** The page that tells the buyer how the payment ended and leads on to the vendor's page. */
        public URI done(String reference) {
            return shopBase.resolve("payment/done.xhtml?payment=" + reference);
        }
    }
}
