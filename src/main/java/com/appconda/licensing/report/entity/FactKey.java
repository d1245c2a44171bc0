package com.appconda.licensing.report.entity;

/** What a daily fact is about, below its day and vendor: one licensee's use of one module of one product. */
public record FactKey(String productNumber, String moduleNumber, String licenseeNumber) {}
