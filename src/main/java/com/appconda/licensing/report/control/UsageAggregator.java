package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.LicenseeDay;
import com.appconda.licensing.report.entity.UsageRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one licensee's usage events of one day into its daily facts, one per product module. The rules:
 *
 * <ul>
 *   <li>A day is a UTC day, from 00:00:00.000Z inclusive to the next day's 00:00Z exclusive: an event of
 *       23:59:59.999Z is the day's, one of 00:00Z the next day's. Events outside the day are ignored.
 *   <li>Every answer counts once, valid or not; consumed units are summed.
 *   <li>The peak is the most seats held (or node slots used) that any answer of the day left, or that were held
 *       when the day began: a seat checked out at 23:50 and still held after midnight counts on both days.
 *   <li>Allowed is what the licensee had at its most: unlimited ({@code -1}) if any answer said so.
 *   <li>A refused checkout is a floating answer that named a session and was refused.
 *   <li>Sessions and nodes are counted once each, however often they were named.
 *   <li>Events are kept by the licensee's number, not its row: a licensee deleted during the day still has the
 *       day's facts, because its software did use the licenses that day.
 * </ul>
 */
public final class UsageAggregator {

    private UsageAggregator() {}

    public static List<DailyFact> facts(LicenseeDay day) {
        Instant start = day.day().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.day().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<FactKey, FactTally> tallies = new LinkedHashMap<>();
        for (UsageRow event : day.events()) {
            if (!event.occurredAt().isBefore(start) && event.occurredAt().isBefore(end)) {
                tallies.computeIfAbsent(
                                event.key(),
                                key -> new FactTally(day.heldAtStart().get(key)))
                        .add(event);
            }
        }
        List<DailyFact> facts = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> facts.add(tally.fact(day.day(), day.vendorId(), key)));
        return facts;
    }
}
