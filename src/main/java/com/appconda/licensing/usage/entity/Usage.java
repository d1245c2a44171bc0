package com.appconda.licensing.usage.entity;

import java.time.Instant;

/**
 * A usage event while it waits in memory to be written; immutable, so a failed batch can be retried as is.
 * {@code opensValidation} marks the first module's event of a validation; {@code held}, {@code allowed} and
 * {@code nodeKey}, {@code units} are the broker's {@code ModuleOutcome}'s (null for the models that hold nothing).
 */
public record Usage(
        long vendorId,
        Instant occurredAt,
        String productNumber,
        String moduleNumber,
        String licenseeNumber,
        String licensingModel,
        boolean valid,
        long quantity,
        String sessionId,
        boolean opensValidation,
        Long held,
        Long allowed,
        String nodeKey,
        Long units) {

    public UsageEvent toEntity() {
        return new UsageEvent(
                vendorId,
                occurredAt,
                productNumber,
                moduleNumber,
                licenseeNumber,
                licensingModel,
                valid,
                quantity,
                sessionId,
                opensValidation,
                held,
                allowed,
                nodeKey,
                units);
    }
}
