package com.appconda.licensing.dashboard.boundary;

import com.appconda.licensing.audit.boundary.AuditEntryResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows, read in one facade call. Days are the vendor's display time zone's. */
public record DashboardFigures(long products, long licensees, long activeLicenses, long validationsToday,
        long validationsLast30Days, List<DailyValidations> days, List<ExpiringLicense> expiring,
        List<AuditEntryResponse> recentActivity) {

    /** The validations answered on one day. */
    public record DailyValidations(LocalDate day, long validations) {
    }

    /** An active license whose time volume ends soon. */
    public record ExpiringLicense(String number, String name, String licenseeNumber, Instant expiresAt) {
    }
}
