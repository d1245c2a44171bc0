package com.appconda.licensing.platform.entity;

/**
 * A service outside the application that the request needs is not configured or did not do its part (the SMTP
 * server for an e-mail). Nothing was changed; the message says what to set up or what the service answered.
 */
public class ServiceUnavailableException extends LicensingException {

    public ServiceUnavailableException(String message) {
        super(message);
    }

    @Override
    public String type() {
        return "service-unavailable";
    }

    @Override
    public String title() {
        return "A service the request needs is unavailable";
    }

    @Override
    public Outcome outcome() {
        return Outcome.UNAVAILABLE;
    }
}
