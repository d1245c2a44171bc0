package com.appconda.licensing.engine.spi;

/**
 * How close a module is to running out, as NetLicensing reports it. The constants are ordered from
 * best to worst, so that a summary over several items is simply the worst of them.
 */
public enum WarningLevel {
    GREEN,
    YELLOW,
    RED;

    /** The worse of the two levels, for summaries over devices, features or modules. */
    public WarningLevel worst(WarningLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
