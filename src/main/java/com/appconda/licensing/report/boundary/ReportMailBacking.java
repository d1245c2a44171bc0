package com.appconda.licensing.report.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.report.entity.ReportMailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** The Reports page's weekly e-mail panel: switch it on or off, say where it goes, send last week's now. */
@Named
@ViewScoped
public class ReportMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportMail mail;

    private ReportMailSettings settings;
    private String recipient;
    private boolean enabled;

    @PostConstruct
    void load() {
        settings = read();
        recipient = settings.recipient();
        enabled = settings.enabled();
    }

    public void save() {
        Feedback.attempt("mailForm", () -> {
            settings = unchecked(() -> mail.save(new ReportMailRequest(recipient, enabled)));
            return settings.enabled()
                    ? "The weekly report e-mail goes to " + settings.recipient() + " every Monday."
                    : "The weekly report e-mail is off.";
        });
    }

    /** Sends last week's e-mail; why it could not be sent is shown beside the button, where the vendor looks. */
    public void sendNow() {
        try {
            ReportMailSent sent = unchecked(() -> mail.sendNow(null));
            Feedback.done("The report of the week " + sent.from() + " to " + sent.to() + " was sent to "
                    + sent.recipient() + ".");
        } catch (LicensingException refused) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.validationFailed();
            String why = refused.consoleMessage();
            context.addMessage(
                    "mailForm:sendMail",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".",
                            null));
        }
    }

    private ReportMailSettings read() {
        return unchecked(mail::settings);
    }

    /** The store's SQL failures are the server's trouble, not the vendor's input: the error page handles them. */
    private static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    public boolean isSmtpConfigured() {
        return settings.smtpConfigured();
    }

    public LocalDate getSentWeek() {
        return settings.sentWeek();
    }

    public Instant getSentAt() {
        return settings.sentAt();
    }

    public String getLastFailure() {
        return settings.lastFailure();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
