package com.appconda.licensing.dashboard.boundary;

import com.appconda.licensing.audit.entity.AuditEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows, read in one facade call. Days are the vendor's display time zone's. */
public record DashboardFigures(
        long products,
        long licensees,
        long activeLicenses,
        long validationsToday,
        long validationsLast30Days,
        List<DailyValidations> days,
        List<ExpiringLicense> expiring,
        List<Activity> recentActivity) {

    /** The validations answered on one day. */
    public record DailyValidations(LocalDate day, long validations) {}

    /** One of the latest changes of the audit trail. */
    public record Activity(
            Instant occurredAt, String actor, String action, String entityType, String entityNumber, String details) {

        static Activity of(AuditEntry entry) {
            return new Activity(
                    entry.getOccurredAt(),
                    entry.getActor(),
                    entry.getAction(),
                    entry.getEntityType(),
                    entry.getEntityNumber(),
                    entry.getDetails());
        }
    }

    /** An active license whose time volume ends soon. */
    public record ExpiringLicense(String number, String name, String licenseeNumber, Instant expiresAt) {}
}
