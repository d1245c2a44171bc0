/**
 * The licensing engine: one pure evaluator per licensing model (the functional core of validation).
 *
 * <p>Each {@link com.appconda.licensing.broker.control.LicensingModelEvaluator} turns a module snapshot, the
 * request's module parameters and "now" into a verdict plus effects; {@link com.appconda.licensing.broker.control.LicensingModels}
 * picks the evaluator by the module's {@code licensingModel}, including custom models found by
 * {@link java.util.ServiceLoader}. The transactional shell (ValidationBroker) loads the snapshot, calls the
 * registry and applies the effects atomically.
 *
 * <p>Rules, by model (licensing-models.md): TryAndBuy, Subscription, Rental, Floating, MultiFeature, PayPerUse,
 * Quota, NodeLocked, PricingTable; each evaluator's Javadoc states its rule. Shared rules: inactive licenses are
 * ignored; a license answers with the values copied to it at issue, never its template's current ones; something
 * valid "until T" is valid before T and invalid from T on ({@link com.appconda.licensing.broker.control.TimeVolumes}).
 *
 * <p>No class here imports {@code jakarta.*}, touches JPA or reads the system clock.
 */
package com.appconda.licensing.broker.control;
