package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.platform.boundary.PageFeedback;
import com.appconda.licensing.platform.boundary.PageLanguage;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;

/**
 * {@code shop/payment/sandbox.xhtml}: the sandbox provider's card page. A paid or cancelled payment goes on to the
 * page that tells how it ended; a declined or failed card says so here, with the way back to the shop.
 */
@Named
@ViewScoped
public class SandboxPaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SandboxPayments payments;

    @Inject
    PageLanguage language;

    private String session;
    private PaymentOutcome payment;
    private boolean unknown;
    private boolean ended;
    private String cardNumber;
    private String expiry;
    private String cvc;

    /** Shows the payment; one that has ended (paid, cancelled) is shown by the page that tells how it ended. */
    public void open() {
        try {
            payment = payments.page(session);
            if (!"PENDING".equals(payment.status())) {
                toDonePage();
            }
        } catch (UnknownEntityException noSuchSession) {
            unknown = true;
        }
    }

    /**
     * Charges the card. The form stays as it was shown, so that a double click or a resubmitted form reaches the
     * facade, which charges once and answers the first outcome again: paid goes on to the done page.
     */
    public void pay() {
        try {
            SandboxPayments.Result result = payments.pay(session, cardNumber, expiry, cvc);
            switch (result) {
                case PAID -> toDonePage();
                case DECLINED -> end("pay.declined");
                case FAILED -> end("pay.failed");
                case NOT_PAYABLE -> end("pay.notPayable");
            }
        } catch (LicensingException refusal) {
            PageFeedback.refused(refusal, "payForm");
        }
    }

    /** The payment ended without money: say why, hide the card form, offer the way back to the shop. */
    private void end(String reasonKey) {
        ended = true;
        PageFeedback.error(reasonKey);
    }

    public void cancel() {
        payments.cancel(session);
        toDonePage();
    }

    private void toDonePage() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/shop/payment/done.xhtml?payment=" + session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Pay €119.00" in the page's language. */
    public String getPayLabel() {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "text").getString("pay.submit");
        return new MessageFormat(pattern, language.getLocale())
                .format(new Object[] {language.money(payment.gross(), payment.currency())});
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public PaymentOutcome getPayment() {
        return payment;
    }

    public boolean isEnded() {
        return ended;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getCvc() {
        return cvc;
    }

    public void setCvc(String cvc) {
        this.cvc = cvc;
    }
}
