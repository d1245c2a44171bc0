package com.appconda.licensing.catalog.entity;

/** How prices are stated for VAT: including it (GROSS) or excluding it (NET). */
public enum VatMode {
    GROSS,
    NET
}
