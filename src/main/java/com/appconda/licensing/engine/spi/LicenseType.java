package com.appconda.licensing.engine.spi;

/** The kind of grant a license template issues, as NetLicensing names it. */
public enum LicenseType {
    /** A permanent switch: the feature is licensed while the license is active. */
    FEATURE,
    /** A period of time from the license's start date ({@code timeVolume} × {@code timeVolumePeriod}). */
    TIMEVOLUME,
    /** Concurrent seats ({@code maxSessions}) shared by the licensee's sessions. */
    FLOATING,
    /** A number: credits to write off, a quota, or node slots, depending on the model. */
    QUANTITY
}
