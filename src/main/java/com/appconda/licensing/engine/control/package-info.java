/**
 * The built-in licensing models and the model registry: one pure evaluator per model (the functional core of
 * validation).
 *
 * <p>Each {@link com.appconda.licensing.engine.spi.LicensingModelEvaluator} turns a module snapshot, the request's
 * module parameters and "now" into a verdict plus effects; {@link com.appconda.licensing.engine.control.LicensingModels}
 * picks the evaluator by the module's {@code licensingModel}, including custom models found by
 * {@link java.util.ServiceLoader}, and {@link com.appconda.licensing.engine.control.ProductValidation} evaluates every
 * module of a product. The Broker is the transactional shell: it loads the snapshots, calls the registry and applies
 * the effects atomically.
 *
 * <p>Rules, by model (licensing-models.md): TryAndBuy, Subscription, Rental, Floating, MultiFeature, PayPerUse,
 * Quota, NodeLocked, PricingTable; each evaluator's Javadoc states its rule. Shared rules: inactive licenses are
 * ignored; a license answers with the values copied to it at issue, never its template's current ones; something
 * valid "until T" is valid before T and invalid from T on ({@link com.appconda.licensing.engine.control.TimeVolumes}).
 *
 * <p>No class here imports {@code jakarta.*}, touches JPA or reads the system clock.
 */
package com.appconda.licensing.engine.control;
