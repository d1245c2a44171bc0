package com.appconda.licensing.platform.entity;

import java.util.Map;

/** The request is valid on its own but breaks a business rule (e.g. renaming a number that is in use). */
public class RuleViolationException extends LicensingException {

    public RuleViolationException(String message) {
        super(message);
    }

    public RuleViolationException(String message, Map<String, String> fields) {
        super(message, fields);
    }

    @Override
    public String type() {
        return "rule-violation";
    }

    @Override
    public String title() {
        return "The request breaks a licensing rule";
    }

    @Override
    public Outcome outcome() {
        return Outcome.RULE_VIOLATION;
    }
}
