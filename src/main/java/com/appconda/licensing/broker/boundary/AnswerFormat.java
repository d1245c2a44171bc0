package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.entity.ValidationAnswer;

/**
 * How one API writes the Broker's answer: {@code /api/v1}'s JSON today, NetLicensing's wire format later. The
 * Broker hands the typed answer and the vendor's signing key to the format inside its transaction, so that an
 * idempotent retry is answered with exactly the bytes first rendered, stored with the state change they report.
 */
public interface AnswerFormat {

    /** A stable name, part of an idempotent request's identity: a key used through one format is refused by another. */
    String name();

    /** The answer as sent, signed with {@code signing} over exactly the bytes this format chose to sign. */
    RenderedAnswer render(ValidationAnswer answer, AnswerSigning signing);
}
