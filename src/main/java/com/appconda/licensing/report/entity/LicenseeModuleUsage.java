package com.appconda.licensing.report.entity;

/**
 * One licensee's use of one module over a report's range: its answers, what it consumed, its highest peak against
 * what it was allowed, and its refused checkouts.
 *
 * @param peakInUse null for modules whose model holds nothing
 * @param allowed   {@code -1}: unlimited; null as peakInUse
 * @param unitsLeft the fewest units left (PayPerUse) or the smallest quota (Quota) in the range, {@code -1}:
 *                  unlimited; null for the other models
 */
public record LicenseeModuleUsage(
        String licenseeNumber,
        String productNumber,
        String moduleNumber,
        String licensingModel,
        long validations,
        long validAnswers,
        long invalidAnswers,
        long consumed,
        Long peakInUse,
        Long allowed,
        long refusedCheckouts,
        Long unitsLeft) {}
