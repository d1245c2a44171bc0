/**
 * Demo data: a vendor a newcomer can log in as ({@code demo} / {@code demo}) with a catalog that uses every
 * licensing model, customers holding licenses, and some validations and audit entries to look at.
 *
 * <p>A leaf feature that acts as a vendor would: it calls the other features' facades (vendor sign-up, the
 * catalog, licensees and licenses, the Broker) instead of writing their entities, so everything it creates is
 * checked, audited and counted exactly like a vendor's own work. Like the coming NetLicensing facade, it may
 * therefore use other features' boundaries; nothing depends on it. Seeded once, only when
 * {@code licensing.demo.seed} is true (the Quick start run script sets it; production never should).
 *
 * <p>Entities: none.
 *
 * <p>May depend on: {@code vendor}, {@code catalog}, {@code licensee}, {@code broker} (their boundaries included),
 * {@code platform}.
 */
package com.appconda.licensing.demo;
