package com.appconda.licensing.payment.control;

import com.appconda.licensing.platform.entity.LicensingException;

/**
 * The payment provider refused or did not answer (a card declined, Stripe's API down, wrong keys). The message is
 * meant for the person paying or the vendor, never the provider's raw answer with its secrets.
 */
public class PaymentProviderException extends LicensingException {

    public PaymentProviderException(String message) {
        super(message);
    }

    @Override
    public String type() {
        return "payment-provider";
    }

    @Override
    public String title() {
        return "The payment provider refused";
    }

    @Override
    public Outcome outcome() {
        return Outcome.UNAVAILABLE;
    }
}
