package com.appconda.licensing.platform.entity;

import java.util.Map;

/** A number must be unique per vendor and entity type. */
public class DuplicateNumberException extends LicensingException {

    public DuplicateNumberException(String kind, String number) {
        this(kind, number, "number");
    }

    /** For unique values that are not called "number", such as a username. */
    public DuplicateNumberException(String kind, String value, String field) {
        super(kind + " '" + value + "' already exists", Map.of(field, "already taken"));
    }

    @Override
    public String type() {
        return "duplicate-number";
    }

    @Override
    public String title() {
        return "The number is already taken";
    }

    @Override
    public Outcome outcome() {
        return Outcome.CONFLICT;
    }
}
