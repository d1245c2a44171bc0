package com.appconda.licensing.audit.boundary;

import com.appconda.licensing.audit.entity.AuditEntry;
import java.time.Instant;

/** One audit entry: when, who, what action on which entity, and a short description. */
public record AuditEntryResponse(
        Instant occurredAt, String actor, String action, String entityType, String entityNumber, String details) {

    public static AuditEntryResponse from(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.getOccurredAt(),
                entry.getActor(),
                entry.getAction(),
                entry.getEntityType(),
                entry.getEntityNumber(),
                entry.getDetails());
    }
}
