package com.appconda.licensing.report.entity;

import java.time.LocalDate;

/**
 * What one licensee did with one module on one day (UTC), as the nightly job computes it from that day's usage
 * events; one row of {@code usage_fact}.
 *
 * @param licensingModel   the model of the day's last answer (a vendor may change a module's model)
 * @param validations      the module's answers that day
 * @param consumed         units written off (Pay-per-use, Quota)
 * @param peakInUse        the most seats held or node slots used at once, null for models that hold nothing
 * @param allowed          the seats or node slots the licensee had ({@code -1}: unlimited), null as peakInUse
 * @param refusedCheckouts floating checkouts refused for want of a seat
 * @param sessions         distinct floating sessions named
 * @param nodes            distinct machines (node secrets) named
 * @param unitsLeft        the fewest units left (PayPerUse) or the smallest quota (Quota) of the day, {@code -1}
 *                         if any answer said unlimited; null for the other models
 */
public record DailyFact(
        LocalDate day,
        long vendorId,
        FactKey key,
        String licensingModel,
        long validations,
        long validAnswers,
        long invalidAnswers,
        long consumed,
        Long peakInUse,
        Long allowed,
        long refusedCheckouts,
        long sessions,
        long nodes,
        Long unitsLeft) {}
