package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.RateLimitProbe;

/** How a {@link LoginAttempt} ended. */
public sealed interface LoginOutcome {

    /** The password matched. {@code deviceCookie} is a new device cookie to give the client, or null. */
    record Accepted(Caller caller, String deviceCookie) implements LoginOutcome {}

    /**
     * Unknown username or wrong password (the caller is not told which), or an API key that cannot be used:
     * {@code keyUnusableBecause} is then "revoked", "expired" or "deactivated", for whoever holds its secret; null
     * for every other refusal.
     */
    record Refused(String keyUnusableBecause) implements LoginOutcome {

        static Refused plainly() {
            return new Refused(null);
        }
    }

    /** A login limit refused the attempt before the password was checked. */
    record Throttled(RateLimitProbe probe) implements LoginOutcome {}
}
