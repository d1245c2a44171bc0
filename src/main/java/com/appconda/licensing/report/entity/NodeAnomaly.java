package com.appconda.licensing.report.entity;

import java.time.LocalDate;

/**
 * A day on which a licensee named more distinct machines for a node-locked module than its licenses allow: a sign
 * that its key is shared.
 */
public record NodeAnomaly(
        LocalDate day, String licenseeNumber, String productNumber, String moduleNumber, long nodes, long allowed) {}
