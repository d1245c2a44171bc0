package com.appconda.licensing.catalog.entity;

/**
 * A vendor's product, product module or license template was created, changed or deleted. Fired within the
 * changing transaction; features that keep a copy of the catalog (the Broker's snapshots) observe it after the
 * transaction completes and drop what they hold for the vendor.
 */
public record CatalogChanged(long vendorId) {}
