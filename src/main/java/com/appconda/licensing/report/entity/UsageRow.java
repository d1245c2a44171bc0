package com.appconda.licensing.report.entity;

import java.time.Instant;

/**
 * One usage event as the report job reads it: one module's answer in one validation.
 *
 * @param held    seats held or node slots used after the answer; null for the models that hold nothing
 * @param allowed seats or node slots the licensee had ({@code -1}: unlimited); null as held
 * @param nodeKey the one-way key of the node secret the request named; null without one
 */
public record UsageRow(
        Instant occurredAt,
        String productNumber,
        String moduleNumber,
        String licenseeNumber,
        String licensingModel,
        boolean valid,
        long quantity,
        String sessionId,
        Long held,
        Long allowed,
        String nodeKey) {

    public FactKey key() {
        return new FactKey(productNumber, moduleNumber, licenseeNumber);
    }
}
