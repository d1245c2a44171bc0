/**
 * Usage events: one per module of every validation, recorded once its transaction has committed (it observes the
 * Broker's {@code ValidationAnswered} event), buffered in memory and written in batches so that no validation waits
 * for them, and counted for the dashboard and the coming nightly reports.
 *
 * <p>Entities: {@code UsageEvent}.
 *
 * <p>May depend on: {@code broker} (the event it observes), {@code platform}.
 */
package com.appconda.licensing.usage;
