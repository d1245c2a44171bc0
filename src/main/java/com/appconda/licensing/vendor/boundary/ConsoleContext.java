package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every console page shows about the signed-in vendor: its profile, read once per request, and
 * instants written in the vendor's display time zone (the database keeps UTC).
 */
@Named
@RequestScoped
public class ConsoleContext {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    @Inject
    VendorRegistry registry;

    private VendorResponse vendor;

    public VendorResponse getVendor() {
        if (vendor == null) {
            vendor = registry.current();
        }
        return vendor;
    }

    public ZoneId getZone() {
        return Vendor.zoneOf(getVendor().timeZone());
    }

    /** "2026-11-29 14:05" in the vendor's zone; empty for no instant. */
    public String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(getZone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(getZone()));
    }
}
