package com.appconda.licensing.dashboard.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.dashboard.control.DashboardQueries;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.usage.control.UsageCounts;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's first page: how big the vendor's business is, how much the Broker is used (per day of the
 * last 30, days counted in the vendor's time zone), which licenses run out within {@value #EXPIRY_DAYS}
 * days, and the latest changes from the audit log.
 */
@Stateless
@RequiresRole(Role.READ_ONLY)
public class Dashboard {

    static final int DAYS = 30;
    static final int EXPIRY_DAYS = 14;
    static final int LIST_SIZE = 10;

    @Inject
    DashboardQueries queries;

    @Inject
    UsageCounts usage;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    VendorStore vendors;

    @Inject
    Clock clock;

    public DashboardFigures figures() {
        long vendor = currentCaller.get().vendorId();
        ZoneId zone = vendors.findVendor(vendor).map(Vendor::displayZone).orElse(ZoneOffset.UTC);
        List<DashboardFigures.DailyValidations> days = validationsPerDay(vendor, zone);
        var now = clock.instant();
        var expiring = queries.expiring(vendor, now, now.plus(Duration.ofDays(EXPIRY_DAYS)), LIST_SIZE).stream()
                .map(l -> new DashboardFigures.ExpiringLicense(
                        l.getNumber(), l.getName(), l.getLicensee().getNumber(), l.getExpiresAt()))
                .toList();
        var activity = audit.latest(vendor, LIST_SIZE).stream()
                .map(DashboardFigures.Activity::of)
                .toList();
        return new DashboardFigures(
                queries.products(vendor),
                queries.licensees(vendor),
                queries.activeLicenses(vendor),
                days.get(days.size() - 1).validations(),
                days.stream()
                        .mapToLong(DashboardFigures.DailyValidations::validations)
                        .sum(),
                days,
                expiring,
                activity);
    }

    private List<DashboardFigures.DailyValidations> validationsPerDay(long vendor, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<DashboardFigures.DailyValidations> days = new ArrayList<>(DAYS);
        for (LocalDate day = today.minusDays(DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new DashboardFigures.DailyValidations(
                    day,
                    usage.validations(
                            vendor,
                            day.atStartOfDay(zone).toInstant(),
                            day.plusDays(1).atStartOfDay(zone).toInstant())));
        }
        return days;
    }
}
