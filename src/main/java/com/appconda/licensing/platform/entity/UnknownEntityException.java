package com.appconda.licensing.platform.entity;

/**
 * No entity of that kind and number exists for the caller's vendor. Another vendor's number gets
 * exactly this answer too, so a number reveals nothing about other tenants.
 */
public class UnknownEntityException extends LicensingException {

    public UnknownEntityException(String kind, String number) {
        super(kind + " '" + number + "' does not exist");
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public Outcome outcome() {
        return Outcome.NOT_FOUND;
    }
}
