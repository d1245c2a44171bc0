/**
 * The Java client library that vendors put in their software: {@link com.appconda.licensing.client.LicensingClient}
 * validates a licensee with one call and answers typed, verified and bound to its nonce; it retries consuming calls
 * with a stable {@code Idempotency-Key}, caches read-only answers until their {@code ttl}, keeps a floating seat
 * with {@link com.appconda.licensing.client.FloatingSession}, and falls back to the last offline license file it
 * stored when the server cannot be reached. Built as its own small jar, {@code target/applicensing-client.jar}
 * (Java 17, {@code java.net.http}, no other dependency; the verifier's classes are inside it).
 *
 * <p>Entities: none. May depend on the verifier only; no feature depends on it, and the WAR does not carry it.
 */
package com.appconda.licensing.client;
