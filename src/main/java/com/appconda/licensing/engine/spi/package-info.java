/**
 * The licensing-model SPI: everything a licensing model, built-in or custom, is written against, and nothing else.
 *
 * <p>A model implements {@link com.appconda.licensing.engine.spi.LicensingModelEvaluator}: it reads one immutable
 * {@link com.appconda.licensing.engine.spi.ModuleSnapshot} per product module (its parameters, templates and the
 * licensee's licenses of it, each license carrying the values copied from its template at issue time) and a
 * {@link com.appconda.licensing.engine.spi.ModuleRequest} with that module's request parameters, and answers with an
 * {@link com.appconda.licensing.engine.spi.Evaluation}: a {@link com.appconda.licensing.engine.spi.ModuleVerdict}
 * and the {@link com.appconda.licensing.engine.spi.Effect}s (checkouts, write-offs, stored node secrets, issued
 * evaluations) that the Broker applies atomically with the answer.
 *
 * <p>A custom model's jar needs this package only: {@code ArchitectureTest} proves it for the sample model in the
 * tests. Nothing here depends on Jakarta EE, JPA or the system clock, nor on any other package of the server.
 */
package com.appconda.licensing.engine.spi;
