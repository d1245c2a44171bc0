package com.appconda.licensing.platform.entity;

import java.util.Map;

/** The request is well-formed but a value in it is not acceptable (a bad number, an unknown enum value). */
public class InvalidInputException extends LicensingException {

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem, Map.of(field, problem));
    }

    public InvalidInputException(String message, Map<String, String> fields) {
        super(message, fields);
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "The request has invalid values";
    }

    @Override
    public Outcome outcome() {
        return Outcome.INVALID_INPUT;
    }
}
