package com.appconda.licensing.catalog.entity;

/** What a license template grants; the licensing model reads the fields that belong to the type. */
public enum LicenseType {
    FEATURE,
    TIMEVOLUME,
    FLOATING,
    QUANTITY
}
