package com.appconda.licensing.audit.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the calling vendor's audit trail, newest first. */
@Stateless
@RequiresRole(Role.READ_ONLY)
public class AuditTrail {

    public static final int MAX_ENTRIES = 500;

    @Inject
    AuditLog log;

    @Inject
    CurrentCaller currentCaller;

    public List<AuditEntryResponse> latest(int count) {
        return log.latest(currentCaller.get().vendorId(), Math.max(1, Math.min(count, MAX_ENTRIES))).stream()
                .map(AuditEntryResponse::from)
                .toList();
    }
}
