package com.appconda.licensing.engine.spi;

/**
 * State a licensing model keeps on licenses, apart from the licenses' own values: what
 * {@link LicensingModelEvaluator#reads()} declares, so the shell loads it only for modules whose models use it.
 */
public enum LicenseState {
    /** Seats held by floating sessions ({@link LicenseSnapshot#sessions()}). */
    FLOATING_SESSIONS,
    /** Node secrets stored on licenses ({@link LicenseSnapshot#nodeSecrets()}). */
    NODE_SECRETS
}
