/**
 * Audit trail: who (a user or an API key) changed what and when, written in the same transaction as the change
 * by every facade that changes something, and read through {@code /api/v1/audit} and the dashboard.
 *
 * <p>Entities: {@code AuditEntry} (immutable).
 *
 * <p>May depend on: {@code platform}.
 */
package com.appconda.licensing.audit;
