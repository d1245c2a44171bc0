package com.appconda.licensing.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A business failure that the caller can act on. Each subtype names the failure (not an HTTP code),
 * carries a stable {@link #type()} slug that clients may switch on, and rolls the transaction back,
 * so that a refused request never leaves a partial write.
 */
@ApplicationException(rollback = true)
public abstract class LicensingException extends RuntimeException {

    private final Map<String, String> fields;

    protected LicensingException(String message) {
        this(message, Map.of());
    }

    protected LicensingException(String message, Map<String, String> fields) {
        super(message);
        this.fields = Map.copyOf(fields);
    }

    /** A stable, lower-case slug, the last segment of the problem type URI. */
    public abstract String type();

    /** A short, fixed summary of the failure kind; the message carries the details. */
    public abstract String title();

    /** The kind of answer this failure is; the REST boundary maps it to a status code. */
    public abstract Outcome outcome();

    /**
     * The message as the console shows it, where a person reads it rather than a program: the API's message unless
     * it speaks of API parameters.
     */
    public String consoleMessage() {
        return getMessage();
    }

    /** Offending fields and what is wrong with each, for the problem document. */
    public Map<String, String> fields() {
        return fields;
    }

    /** The kinds of refusal, independent of any protocol. */
    public enum Outcome {
        INVALID_INPUT,
        NOT_FOUND,
        CONFLICT,
        RULE_VIOLATION,
        UNAUTHENTICATED,
        FORBIDDEN,
        /** A service the request needs (an SMTP server, say) is not set up or does not answer. */
        UNAVAILABLE
    }
}
