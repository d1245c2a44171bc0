/**
 * Platform: what every feature shares and nothing feature-specific. The JAX-RS application of the JSON API and its
 * providers (strict JSON, problem documents, exception mappers), the tenant-scoped store every vendor-owned entity
 * is read through, the current caller and the role check, the rate limits (Bucket4j buckets per node or in a JCache), idempotency records, migrations, health, the clock, the
 * stop signal, and the console's shared parts (the menu that features contribute to, the lazy table model, field
 * messages, the record EL resolver).
 *
 * <p>Entities: {@code TenantEntity} (the base of every vendor-owned entity), {@code IdempotencyRecord}.
 *
 * <p>Depends on no feature: {@code ArchitectureTest} fails the build on any reference from here to another
 * feature. Every feature may use it, including its {@code boundary}.
 */
package com.appconda.licensing.platform;
