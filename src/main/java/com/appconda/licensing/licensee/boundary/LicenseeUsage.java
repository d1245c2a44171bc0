package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.licensee.control.LicenseeHoldings;
import com.appconda.licensing.licensee.entity.Checkout;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Amounts;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a licensee is using right now: each license with its consumption and end, and the floating sessions
 * holding a seat. A vendor may release a session (a crashed client that never checked in) so that its seat
 * is free at once instead of when the checkout expires; the release takes the same licensee lock as the
 * Broker, so it never races a checkout.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class LicenseeUsage {

    /** One license and how much of it is used. */
    public record LicenseUse(
            String number,
            String name,
            String licenseTemplateNumber,
            String licenseType,
            boolean active,
            Long quantity,
            long usedQuantity,
            Integer maxSessions,
            Instant startDate,
            Instant expiresAt) {}

    /** A template the licensee's product offers, for issuing licenses by hand. */
    public record IssuableTemplate(
            String number,
            String name,
            String productModuleNumber,
            String licenseType,
            String price,
            String currency) {}

    /** A floating session that holds a seat until {@code expiresAt}. */
    public record SessionInUse(String licenseNumber, String sessionId, Instant expiresAt) {}

    @Inject
    TenantStore store;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    LicenseeHoldings holdings;

    @RequiresRole(Role.READ_ONLY)
    public List<LicenseUse> licenses(String licenseeNumber) {
        Licensee licensee = store.require(Licensee.class, vendor(), licenseeNumber);
        return holdings.licenses(licensee).stream()
                .map(l -> new LicenseUse(
                        l.getNumber(),
                        l.getName(),
                        l.getLicenseTemplate().getNumber(),
                        l.getLicenseTemplate().getLicenseType().name(),
                        l.isActive(),
                        l.terms().quantity(),
                        l.getUsedQuantity(),
                        l.terms().maxSessions(),
                        l.getStartDate(),
                        l.getExpiresAt()))
                .toList();
    }

    @RequiresRole(Role.READ_ONLY)
    public List<IssuableTemplate> issuableTemplates(String licenseeNumber) {
        Licensee licensee = store.require(Licensee.class, vendor(), licenseeNumber);
        return holdings.issuableTemplates(licensee).stream()
                .map(t -> new IssuableTemplate(
                        t.getNumber(),
                        t.getName(),
                        t.getProductModule().getNumber(),
                        t.getLicenseType().name(),
                        Amounts.plain(t.getPrice()).toPlainString(),
                        t.getCurrency()))
                .toList();
    }

    /** Sessions whose checkout has not expired; an expired one holds no seat and is not listed. */
    @RequiresRole(Role.READ_ONLY)
    public List<SessionInUse> sessions(String licenseeNumber) {
        Licensee licensee = store.require(Licensee.class, vendor(), licenseeNumber);
        return holdings.checkoutsHeldAt(licensee, clock.instant()).stream()
                .map(c -> new SessionInUse(c.getLicense().getNumber(), c.getSessionId(), c.getExpiresAt()))
                .toList();
    }

    public void releaseSession(String licenseeNumber, String licenseNumber, String sessionId) {
        Licensee licensee = store.lockFresh(Licensee.class, store.require(Licensee.class, vendor(), licenseeNumber));
        List<Checkout> held = holdings.checkouts(licensee, licenseNumber, sessionId);
        if (held.isEmpty()) {
            throw new UnknownEntityException("session", sessionId);
        }
        holdings.release(held);
        audit.record(caller(), "RELEASE", "license", licenseNumber, "released floating session " + sessionId);
    }

    private long vendor() {
        return caller().vendorId();
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
