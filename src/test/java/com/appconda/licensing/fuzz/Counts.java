package com.appconda.licensing.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many hostile requests of each kind a fuzz suite sent to each endpoint, and how many of them answered 5xx,
 * were accepted (below 400) though they had to be refused, leaked a class name or stack trace, or changed state,
 * printed as a table at the end. The figures are counted from the checks themselves, so the table says what
 * happened, also when a check failed.
 */
public final class Counts {

    private final String suite;
    private final Map<String, Map<String, AtomicInteger>> byTarget = new ConcurrentHashMap<>();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();
    private final AtomicInteger stateChanges = new AtomicInteger();

    public Counts(String suite) {
        this.suite = suite;
    }

    /** One request sent that had to be refused, its answer's status, and what the other checks found. */
    public void record(String target, String kind, int status, boolean leaked, boolean changedState) {
        record(target, kind, status, true, leaked, changedState);
    }

    /**
     * One request sent, its answer's status (0: the server closed the connection without one), whether it had to
     * be refused (a read with odd parameters may well be answered), and what the other checks found.
     */
    public void record(
            String target, String kind, int status, boolean meantToBeRefused, boolean leaked, boolean changedState) {
        byTarget.computeIfAbsent(target, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new AtomicInteger())
                .incrementAndGet();
        count(serverErrors, status >= 500);
        count(accepted, meantToBeRefused && status > 0 && status < 400);
        count(leaks, leaked);
        count(stateChanges, changedState);
    }

    /**
     * For a suite that compares state after a batch of requests rather than after each: the parts of the state it
     * found changed (a vendor's list, its audit, a Broker figure), counted under "changed state".
     */
    public void recordStateChanges(int changedParts) {
        stateChanges.addAndGet(changedParts);
    }

    public int total() {
        return byTarget.values().stream()
                .flatMap(kinds -> kinds.values().stream())
                .mapToInt(AtomicInteger::get)
                .sum();
    }

    public String table() {
        StringBuilder table = new StringBuilder(String.format(
                "%n== fuzz: %s: %d hostile requests; %d answered 5xx, %d were accepted though meant to be refused, %d"
                        + " leaked a class name or stack trace, %d changed state%n",
                suite, total(), serverErrors.get(), accepted.get(), leaks.get(), stateChanges.get()));
        new TreeMap<>(byTarget).forEach((target, kinds) -> {
            table.append(String.format("  %-44s", target));
            new TreeMap<>(kinds).forEach((kind, count) -> table.append(String.format(" %s %d;", kind, count.get())));
            table.append(System.lineSeparator());
        });
        return table.toString();
    }

    public void print() {
        System.out.println(table());
    }

    private static void count(AtomicInteger counter, boolean happened) {
        if (happened) {
            counter.incrementAndGet();
        }
    }
}
