package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.entity.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, that a username/password pair matched a stored hash. HTTP Basic sends
 * the password on every call and PBKDF2 costs around 100 ms by design; without this, API throughput
 * with user credentials would be ten calls a second per core. The key includes the stored hash, so a
 * changed password invalidates it at once; the key is itself a hash, so no password is kept in memory.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    public boolean matches(String username, String password, String storedHash, Instant now) {
        String key = key(username, password, storedHash);
        if (isKnown(key, now)) {
            return true;
        }
        if (!PasswordHasher.matches(password, storedHash)) {
            return false;
        }
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.clear();
        }
        verifiedUntil.put(key, now.plus(TIME_TO_LIVE));
        return true;
    }

    /** Whether this pair matched within the last minutes, answered from memory alone (no hash computed). */
    public boolean isKnown(String username, String password, String storedHash, Instant now) {
        return isKnown(key(username, password, storedHash), now);
    }

    private boolean isKnown(String key, Instant now) {
        Instant until = verifiedUntil.get(key);
        return until != null && now.isBefore(until);
    }

    private static String key(String username, String password, String storedHash) {
        return Hashes.sha256Hex(username + '\u0000' + password + '\u0000' + storedHash);
    }
}
