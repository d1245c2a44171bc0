package com.appconda.licensing.catalog.entity;

/** The unit of a TIMEVOLUME template's time volume. */
public enum TimeVolumePeriod {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
