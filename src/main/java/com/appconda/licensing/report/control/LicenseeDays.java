package com.appconda.licensing.report.control;

import com.appconda.licensing.report.entity.FactKey;
import com.appconda.licensing.report.entity.LicenseeDay;
import com.appconda.licensing.report.entity.UsageGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A day's usage as licensee-days: the list of (vendor, licensee) pairs with usage that day is read once, then
 * their events a few hundred licensees per query, so that memory holds one batch whatever the day's size.
 */
@ApplicationScoped
public class LicenseeDays {

    /** Licensees whose events one query reads: large enough to make the query's cost small per licensee. */
    static final int LICENSEES_PER_READ = 200;

    @Inject
    UsageEventReads reads;

    public Cursor open(LocalDate day, int position) throws SQLException {
        List<VendorLicensee> work = new ArrayList<>();
        for (long vendorId : reads.vendorIds()) {
            for (String licensee : reads.licenseesWithUsage(vendorId, day)) {
                work.add(new VendorLicensee(vendorId, licensee));
            }
        }
        return new Cursor(day, work, position);
    }

    /**
     * What was held at midnight only adds to the peak of a module whose answers that day hold seats or slots: a
     * batch without one needs no look at the day before.
     */
    static boolean holdsAny(Map<String, List<UsageGroup>> groups) {
        return groups.values().stream().flatMap(List::stream).anyMatch(UsageGroup::holds);
    }

    record VendorLicensee(long vendorId, String licenseeNumber) {}

    /** Where the reading of one day stands; {@link #position()} is the number of licensee-days handed on. */
    public final class Cursor {

        private final LocalDate day;
        private final List<VendorLicensee> work;
        private final ArrayDeque<LicenseeDay> ready = new ArrayDeque<>();
        private int position;
        private int fetched;

        Cursor(LocalDate day, List<VendorLicensee> work, int position) {
            this.day = day;
            this.work = work;
            this.position = Math.min(position, work.size());
            this.fetched = this.position;
        }

        public int size() {
            return work.size();
        }

        public int position() {
            return position;
        }

        /** The next licensee-day, or null when the day is read. */
        public LicenseeDay next() throws SQLException {
            if (ready.isEmpty() && fetched < work.size()) {
                fetchBatch();
            }
            LicenseeDay next = ready.poll();
            if (next != null) {
                position++;
            }
            return next;
        }

        /** The next licensees of one vendor, up to a batch. */
        private void fetchBatch() throws SQLException {
            long vendorId = work.get(fetched).vendorId();
            int end = fetched;
            while (end < work.size()
                    && end - fetched < LICENSEES_PER_READ
                    && work.get(end).vendorId() == vendorId) {
                end++;
            }
            String first = work.get(fetched).licenseeNumber();
            String last = work.get(end - 1).licenseeNumber();
            Map<String, List<UsageGroup>> groups = reads.groups(vendorId, day, first, last);
            Map<String, Map<FactKey, Long>> held =
                    holdsAny(groups) ? reads.heldAtStart(vendorId, day, first, last) : Map.of();
            for (VendorLicensee licensee : work.subList(fetched, end)) {
                String number = licensee.licenseeNumber();
                ready.add(new LicenseeDay(
                        day,
                        vendorId,
                        number,
                        groups.getOrDefault(number, List.of()),
                        held.getOrDefault(number, Map.of())));
            }
            fetched = end;
        }
    }
}
