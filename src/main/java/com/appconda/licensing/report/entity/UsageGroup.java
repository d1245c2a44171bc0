package com.appconda.licensing.report.entity;

import java.time.Instant;

/**
 * Usage events of one licensee's day as the report job reads them: the day's answers of one module that agree in
 * everything a rule of {@link com.appconda.licensing.report.control.UsageAggregator} looks at (model, outcome,
 * session, node, whether they hold seats), added up by the database. The job reads groups, not events, so that the
 * database sums the day where its data lies and the rules see a few groups per module, not every answer; a group
 * of one event is the event.
 *
 * @param holds        whether the answers said what they held (Floating, NodeLocked)
 * @param lastAt       when the last of the answers happened
 * @param answers      how many answers
 * @param consumed     units the answers consumed
 * @param mostHeld     the most seats held or node slots used that an answer left; null when none holds
 * @param leastAllowed the fewest seats or slots an answer said the licensee had ({@code -1}: unlimited); null as
 *                     mostHeld
 * @param mostAllowed  the most of those
 * @param fewestUnits  the fewest units left (PayPerUse) or the smallest quota (Quota) an answer said ({@code -1}:
 *                     unlimited); null for the other models
 * @param mostUnits    the most of those
 */
public record UsageGroup(
        String productNumber,
        String moduleNumber,
        String licenseeNumber,
        String licensingModel,
        boolean valid,
        String sessionId,
        String nodeKey,
        boolean holds,
        Instant lastAt,
        long answers,
        long consumed,
        Long mostHeld,
        Long leastAllowed,
        Long mostAllowed,
        Long fewestUnits,
        Long mostUnits) {

    public FactKey key() {
        return new FactKey(productNumber, moduleNumber, licenseeNumber);
    }
}
