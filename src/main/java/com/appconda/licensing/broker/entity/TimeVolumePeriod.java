package com.appconda.licensing.broker.entity;

/** The unit of a TIMEVOLUME license's {@code timeVolume}; NetLicensing's default is DAY. */
public enum TimeVolumePeriod {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
