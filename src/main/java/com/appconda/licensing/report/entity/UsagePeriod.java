package com.appconda.licensing.report.entity;

import java.time.LocalDate;

/**
 * A vendor's usage in one period of a report: the sums of its daily facts, its distinct licensees, and the highest
 * floating or node-locked peak of any licensee, and the licensees and licenses created in it.
 *
 * @param from first day of the period (inside the report's range)
 * @param to        last day of the period (inside the report's range)
 * @param unitsLeft the pay-per-use units the licensees had left at the period's end (each licensee's module at
 *                  its last day with usage in the period), unlimited ones not counted; null without pay-per-use
 * @param quota     the Quota modules' quotas at the period's end, counted the same way; null without Quota
 */
public record UsagePeriod(
        LocalDate from,
        LocalDate to,
        long validations,
        long validAnswers,
        long invalidAnswers,
        long licensees,
        long consumed,
        Long peakInUse,
        long refusedCheckouts,
        long newLicensees,
        long newLicenses,
        Long unitsLeft,
        Long quota) {}
