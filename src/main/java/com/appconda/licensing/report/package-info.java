/**
 * Nightly usage reports: the Jakarta Batch job {@code nightly-usage-report} turns a day's usage events into daily
 * facts per vendor, product, module and licensee ({@code usage_fact}), started by a timer every night and on demand
 * from the console and the API; the usage report over time, its breakdowns, and the job's history.
 *
 * <p>Rules: {@code report.control.UsageAggregator} (UTC days, peaks across midnight, deleted licensees). A run
 * claims its days first ({@code report_day}), so that two runs never do the same day at once; a re-run replaces a
 * day's facts; raw events are purged only after their day is aggregated.
 *
 * <p>Tables: {@code usage_fact}, {@code report_day}; it reads {@code usage_event} (the usage feature's) and
 * {@code vendor}.
 *
 * <p>May depend on: {@code usage} (its table), {@code audit}, {@code platform}.
 */
package com.appconda.licensing.report;
