package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A seat held on a FLOATING license by one session until {@code expiresAt}.
 *
 * <p>A session holds its seat while {@code now < expiresAt}: at the exact instant of expiry the seat is free
 * again, with no cron job needed to release it.
 */
public record FloatingSession(String sessionId, Instant expiresAt) {

    public FloatingSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True while the session still holds its seat at {@code now}. */
    public boolean isHeldAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
