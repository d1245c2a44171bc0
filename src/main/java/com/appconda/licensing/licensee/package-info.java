/**
 * Licensees and their licenses: the vendor's customers (found or auto-created by number, checked by their secret
 * where the product asks for one), the licenses issued to them with the terms copied from their templates, and the
 * state the licensing models keep on licenses (floating checkouts, registered nodes).
 *
 * <p>Entities: {@code Licensee}, {@code License}, {@code Checkout}, {@code NodeSlot}.
 *
 * <p>May depend on: {@code catalog}, {@code engine} (the license types and time-volume periods), {@code audit},
 * {@code platform}. It knows nothing of how licenses are evaluated: that is the Broker's.
 */
package com.appconda.licensing.licensee;
