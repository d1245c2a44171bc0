/**
 * The offline verifier that vendors ship in their software: checks AppLicensing's signed offline
 * license files and online answers with the vendor's Ed25519 public keys, with no network and no
 * dependency beyond the JDK. Built as its own small jar, {@code target/applicensing-verifier.jar}.
 * This package must not import anything outside {@code java.*}.
 */
package com.appconda.licensing.verifier;
