/**
 * The licensing engine: the rules that decide a licensing state, in pure Java. {@code engine.spi} is the
 * licensing-model SPI (the evaluator interface, the immutable snapshots a model reads, the verdict and the effects
 * it answers with, one {@code LicenseType} and one {@code TimeVolumePeriod} for the whole server); a custom model's
 * jar needs that package alone. {@code engine.control} holds the nine built-in models and the model registry.
 *
 * <p>Entities: none (records only). No Jakarta EE, no JPA, no system clock.
 *
 * <p>May depend on: {@code verifier} (its dependency-free JSON reader parses PricingTable's SKU definitions). The
 * catalog (which checks a module's model and parameters) and the Broker (which evaluates) depend on it.
 */
package com.appconda.licensing.engine;
