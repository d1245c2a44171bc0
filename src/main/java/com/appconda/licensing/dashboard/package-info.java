/**
 * The console's first page: counts of the vendor's products, licensees and active licenses, validations per day,
 * licenses that run out soon, and the latest audit entries.
 *
 * <p>Entities: none.
 *
 * <p>May depend on: {@code usage} (validation counts), {@code licensee}, {@code vendor} (the display time zone),
 * {@code audit}, {@code platform}.
 */
package com.appconda.licensing.dashboard;
