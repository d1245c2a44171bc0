package com.appconda.licensing.report.entity;

import java.time.LocalDate;

/**
 * A vendor's usage in one period of a report: the sums of its daily facts, its distinct licensees, and the highest
 * floating or node-locked peak of any licensee, and the licensees and licenses created in it.
 *
 * @param from first day of the period (inside the report's range)
 * @param to        last day of the period (inside the report's range)
 * @param unitsLeft the pay-per-use units the licensees had left at the period's end (each licensee's module as
 *                  its last day with usage up to then left it), unlimited ones not counted; null when no
 *                  pay-per-use module had usage by then
 * @param quota     the Quota modules' quotas at the period's end, counted the same way; null as unitsLeft
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
