package com.appconda.licensing.platform.entity;

/**
 * An e-mail could not be sent: no SMTP server is configured, or the server refused it or could not be reached.
 * The message says which, in words a vendor can act on.
 */
public class MailUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean notConfigured;

    private MailUnavailableException(String message, boolean notConfigured, Throwable cause) {
        super(message, cause);
        this.notConfigured = notConfigured;
    }

    public static MailUnavailableException noServer() {
        return new MailUnavailableException(
                "this server sends no e-mail: its administrator has not set licensing.mail.smtp.host and"
                        + " licensing.mail.from",
                true,
                null);
    }

    public static MailUnavailableException failed(String host, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new MailUnavailableException(
                "the SMTP server " + host + " did not take the e-mail: " + why, false, cause);
    }

    /** True when the server has no SMTP settings, so trying again later without a change cannot help. */
    public boolean isNotConfigured() {
        return notConfigured;
    }
}
