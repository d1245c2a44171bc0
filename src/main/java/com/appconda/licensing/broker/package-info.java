/**
 * The Broker: one request answers the complete, evaluated licensing state of a licensee. It loads the engine's
 * snapshots from the catalog and the licensee's licenses, lets the models decide, applies their effects under the
 * licensee's row lock, and returns the answer as data ({@code ValidationAnswer}) for each boundary to render and
 * sign in its own format; offline license files are signed answers with an end. Every answer is announced as a
 * {@code ValidationAnswered} CDI event for whoever observes it (usage recording now; webhooks and the ledger
 * later) without the Broker knowing them.
 *
 * <p>Entities: none of its own (records only).
 *
 * <p>May depend on: {@code engine}, {@code catalog}, {@code licensee}, {@code vendor} (signing keys),
 * {@code verifier} (the offline file format), {@code platform}.
 */
package com.appconda.licensing.broker;
