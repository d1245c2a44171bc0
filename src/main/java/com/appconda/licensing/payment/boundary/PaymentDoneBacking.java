package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code shop/payment/done.xhtml}: where every provider returns the buyer. It reads how the payment stands (a
 * provider's callback may still be on its way: then the page refreshes itself) and leads on to the vendor's page.
 */
@Named
@RequestScoped
public class PaymentDoneBacking {

    @Inject
    PaymentStatus status;

    private String reference;
    private PaymentOutcome payment;

    public void open() {
        try {
            payment = status.of(reference);
        } catch (UnknownEntityException noSuchPayment) {
            payment = null;
        }
    }

    /** The vendor's page the buyer continues to: the success page once paid, else the cancel page. */
    public String getNextUrl() {
        if (payment == null) {
            return null;
        }
        return "CLOSED".equals(payment.status()) ? payment.successUrl() : payment.cancelUrl();
    }

    /** The title of the link to the next page, as the vendor's software named it (null: none given). */
    public String getNextTitle() {
        if (payment == null) {
            return null;
        }
        return "CLOSED".equals(payment.status()) ? payment.successTitle() : payment.cancelTitle();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public PaymentOutcome getPayment() {
        return payment;
    }
}
