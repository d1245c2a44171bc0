package com.appconda.licensing.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A seat of a Floating module held for one session of the vendor's software. It checks out again when half of the
 * checkout's validity has passed, so the seat stays held while the software runs; if the server cannot be reached
 * it keeps trying until the checkout expires, after which {@link #isHeld()} is false. Closing it checks in, freeing
 * the seat at once (were the server unreachable then, the seat frees itself at the checkout's expiry).
 */
public final class FloatingSession implements AutoCloseable {

    private static final Duration SOONEST = Duration.ofSeconds(1);
    /** How long closing waits for a renewal under way: longer than one call with its retries takes. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final LicensingClient client;
    private final String licensee;
    private final String product;
    private final String module;
    private final String sessionId;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private volatile Instant expiresAt;
    private volatile boolean open = true;

    private FloatingSession(
            LicensingClient client, String licensee, String product, String module, String sessionId, Clock clock) {
        this.client = client;
        this.licensee = licensee;
        this.product = product;
        this.module = module;
        this.sessionId = sessionId;
        this.clock = clock;
        ScheduledThreadPoolExecutor renewals = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "applicensing-seat-" + sessionId);
            thread.setDaemon(true);
            return thread;
        });
        // Closing cancels a renewal that has not started; one under way is let finish (see close).
        renewals.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.heartbeat = renewals;
    }

    static FloatingSession open(
            LicensingClient client, String licensee, String product, String module, String sessionId, Clock clock) {
        FloatingSession session = new FloatingSession(client, licensee, product, module, sessionId, clock);
        try {
            session.expiresAt = session.checkOut();
        } catch (RuntimeException refused) {
            session.heartbeat.shutdownNow();
            throw refused;
        }
        session.scheduleRenewal();
        return session;
    }

    public String sessionId() {
        return sessionId;
    }

    /** Until when the seat is held as last confirmed by the server. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether the session holds its seat now: open, and the last checkout has not expired. */
    public boolean isHeld() {
        return open && clock.instant().isBefore(expiresAt);
    }

    /** Checks out again now, extending the seat; normally the session does this by itself. */
    public void renew() {
        expiresAt = checkOut();
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        // A renewal already sent must reach the server before the checkIn does, or it would take the seat again
        // after it was freed: let it finish rather than interrupt it.
        heartbeat.shutdown();
        try {
            heartbeat.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            client.validate(licensee, product, Map.of(module, Map.of("sessionId", sessionId, "action", "checkIn")));
        } catch (LicensingClientException unavailable) {
            // The seat frees itself when the checkout expires; nothing else can be done for it now.
        }
    }

    private Instant checkOut() {
        Validation answer = client.validate(
                licensee, product, Map.of(module, Map.of("sessionId", sessionId, "action", "checkOut")));
        ModuleAnswer seat = answer.module(module)
                .orElseThrow(() -> new IllegalArgumentException("the product has no module " + module));
        if (!seat.valid()) {
            throw new LicensingClientException.NoSeat(seat);
        }
        return seat.instant("expirationTimestamp")
                .orElseThrow(
                        () -> new IllegalStateException(module + " is not a Floating module: no expirationTimestamp"));
    }

    private void scheduleRenewal() {
        if (!open) {
            return;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        Duration wait = left.dividedBy(2).compareTo(SOONEST) < 0 ? SOONEST : left.dividedBy(2);
        try {
            heartbeat.schedule(this::renewQuietly, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            // close() shut the renewals down after this one started: nothing more to renew.
        }
    }

    private void renewQuietly() {
        if (!open) {
            return;
        }
        try {
            expiresAt = checkOut();
        } catch (LicensingClientException.NoSeat lost) {
            open = false;
            heartbeat.shutdown();
            return;
        } catch (RuntimeException notNow) {
            if (!clock.instant().isBefore(expiresAt)) {
                return;
            }
        }
        scheduleRenewal();
    }
}
