package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.DailyFact;
import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.LicenseeDay;
import com.appconda.licensing.report.entity.UsageGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one licensee's usage of one day into its daily facts, one per product module. The rules:
 *
 * <ul>
 *   <li>A day is a UTC day, from 00:00:00.000Z inclusive to the next day's 00:00Z exclusive: an event of
 *       23:59:59.999Z is the day's, one of 00:00Z the next day's. The event is filed under its day when it is
 *       written ({@link com.appconda.licensing.usage.entity.UsageEvent#dayOf}), and a licensee's day is read as
 *       the groups of that day's events ({@link UsageGroup}).
 *   <li>Every answer counts once, valid or not; consumed units are summed.
 *   <li>The peak is the most seats held (or node slots used) that any answer of the day left, or that were held
 *       when the day began: a seat checked out at 23:50 and still held after midnight counts on both days. What
 *       was held at midnight counts for a module whose answers that day say what they hold (Floating,
 *       NodeLocked), not for one that holds nothing or was not used.
 *   <li>Allowed is what the licensee had at its most: unlimited ({@code -1}) if any answer said so.
 *   <li>The fact is named by the model of the day's last answer.
 *   <li>Units left are the fewest any answer of the day said (pay-per-use: what was left at the end of the day,
 *       unless more was bought that day; quota: the smallest quota), unlimited ({@code -1}) if any said so.
 *   <li>A refused checkout is a floating answer that named a session and was refused.
 *   <li>Sessions and nodes are counted once each, however often they were named.
 *   <li>Events are kept by the licensee's number, not its row: a licensee deleted during the day still has the
 *       day's facts, because its software did use the licenses that day.
 * </ul>
 */
public final class UsageAggregator {

    private UsageAggregator() {}

    public static List<DailyFact> facts(LicenseeDay day) {
        Map<FactKey, FactTally> tallies = new LinkedHashMap<>();
        for (UsageGroup group : day.groups()) {
            tallies.computeIfAbsent(
                            group.key(), key -> new FactTally(day.heldAtStart().get(key)))
                    .add(group);
        }
        List<DailyFact> facts = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> facts.add(tally.fact(day.day(), day.vendorId(), key)));
        return facts;
    }
}
