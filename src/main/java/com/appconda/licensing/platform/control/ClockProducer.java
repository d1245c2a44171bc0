package com.appconda.licensing.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now" for the boundaries, so that tests and rules can fix the time. */
@ApplicationScoped
public class ClockProducer {

    /**
     * Ticks in microseconds, the precision both databases store: an instant answered before it was
     * stored reads back the same afterwards (a trial's end must not move by nanoseconds between calls).
     */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
