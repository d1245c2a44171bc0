/**
 * The licensing engine's data: immutable snapshots in, verdicts and effects out.
 *
 * <p>The shell ({@code broker.boundary.ValidationBroker}) loads one {@link com.appconda.licensing.broker.entity.ModuleSnapshot}
 * per product module (its parameters, templates and the licensee's licenses of it, each license carrying the
 * values copied from its template at issue time), and a {@link com.appconda.licensing.broker.entity.ModuleRequest}
 * with that module's request parameters. A licensing model answers with an
 * {@link com.appconda.licensing.broker.entity.Evaluation}: a {@link com.appconda.licensing.broker.entity.ModuleVerdict}
 * and the {@link com.appconda.licensing.broker.entity.Effect}s (checkouts, write-offs, stored node secrets, issued
 * evaluations) the shell applies atomically with the answer.
 *
 * <p>Nothing here depends on Jakarta EE, JPA or the system clock; {@code ArchitectureTest} enforces the first.
 */
package com.appconda.licensing.broker.entity;
