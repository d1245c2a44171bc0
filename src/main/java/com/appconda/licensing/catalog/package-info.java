/**
 * The vendor's catalog: products (with discounts and the licensee settings NetLicensing has), product modules,
 * each with a licensing model and that model's parameters, and license templates. A module is saved only with a
 * model the engine knows and parameters of the types the model declares.
 *
 * <p>Entities: {@code Product}, {@code ProductModule}, {@code LicenseTemplate}, {@code Discount}.
 *
 * <p>May depend on: {@code engine} (the model registry and its SPI types), {@code vendor} (the default currency of
 * new templates), {@code audit}, {@code platform}.
 */
package com.appconda.licensing.catalog;
