/**
 * The offline verifier that vendors ship in their software: checks AppLicensing's signed offline
 * license files and online answers with the vendor's Ed25519 public keys, with no network and no
 * dependency beyond the JDK. Built as its own small jar, {@code target/applicensing-verifier.jar}.
 *
 * <p>Entities: none. Depends on no feature and must not import anything outside {@code java.*}; the
 * Broker (the offline file format) and the engine (its strict JSON reader) depend on it.
 */
package com.appconda.licensing.verifier;
