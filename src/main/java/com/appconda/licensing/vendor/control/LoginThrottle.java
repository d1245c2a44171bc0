package com.appconda.licensing.vendor.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one username within
 * the window, further attempts for it are refused until the window has passed, whether the password
 * is right or not. Kept per node in memory: an attacker spread over several nodes gets at most
 * that many tries per node and window, which still rules out brute force.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private record Failures(int count, Instant windowStart) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String username, Instant now) {
        Failures current = failures.get(key(username));
        return current != null
                && current.count() >= MAX_FAILURES
                && now.isBefore(current.windowStart().plus(WINDOW));
    }

    public void recordFailure(String username, Instant now) {
        failures.merge(
                key(username),
                new Failures(1, now),
                (old, fresh) -> now.isBefore(old.windowStart().plus(WINDOW))
                        ? new Failures(old.count() + 1, old.windowStart())
                        : fresh);
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
