package com.appconda.licensing.platform.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** One e-mail address of valid form (RFC 822 as Jakarta Mail reads it, strictly), as people type them. */
public final class EmailAddress {

    /** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {}

    /** The address, trimmed, or the field's error: too long, several addresses, a name part, no '@'. */
    public static String require(String field, String given) {
        String trimmed = Fields.required(field, given).trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "is longer than " + MAX_LENGTH + " characters");
        }
        try {
            InternetAddress parsed = new InternetAddress(trimmed, true);
            if (!parsed.getAddress().equals(trimmed) || trimmed.indexOf('@') < 1) {
                throw new AddressException("not a single address");
            }
            return trimmed;
        } catch (AddressException wrong) {
            throw new InvalidInputException(field, "must be one e-mail address, as licensing@example.com");
        }
    }
}
