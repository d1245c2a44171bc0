package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.RateLimitProbe;

/** How a {@link LoginAttempt} ended. */
public sealed interface LoginOutcome {

    /** The password matched. {@code deviceCookie} is a new device cookie to give the client, or null. */
    record Accepted(Caller caller, String deviceCookie) implements LoginOutcome {}

    /** Unknown username or wrong password: the caller is not told which. */
    record Refused() implements LoginOutcome {}

    /** A login limit refused the attempt before the password was checked. */
    record Throttled(RateLimitProbe probe) implements LoginOutcome {}
}
