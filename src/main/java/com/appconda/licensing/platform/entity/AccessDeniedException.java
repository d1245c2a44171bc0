package com.appconda.licensing.platform.entity;

/** The caller is authenticated, but its role does not allow this operation. */
public class AccessDeniedException extends LicensingException {

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public String type() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Not allowed for this credential";
    }

    @Override
    public Outcome outcome() {
        return Outcome.FORBIDDEN;
    }
}
