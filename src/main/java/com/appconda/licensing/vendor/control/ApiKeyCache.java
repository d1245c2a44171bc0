package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Recently authenticated API keys, so that the Broker's hot path does not read the key and the
 * vendor on every call. An entry lives {@link #TTL} at most and never past the key's own expiry.
 * Revoking a key clears this node's cache at once; another node of a cluster notices within the TTL,
 * which the README states. Unknown keys are never cached, so guessing fills no memory.
 */
@ApplicationScoped
public class ApiKeyCache {

    static final Duration TTL = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 10_000;

    /** Who a key authenticates as, its id for last-use bookkeeping, and until when that holds. */
    public record Entry(Caller caller, long apiKeyId, Instant validUntil) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<Entry> find(String secretHash, Instant now, Supplier<Optional<Entry>> load) {
        Entry cached = entries.get(secretHash);
        if (cached != null && now.isBefore(cached.validUntil())) {
            return Optional.of(cached);
        }
        Optional<Entry> loaded = load.get();
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(secretHash, loaded.get());
        } else {
            entries.remove(secretHash);
        }
        return loaded;
    }

    /** The latest instant an entry made now may be trusted: the TTL, or the key's expiry if sooner. */
    public static Instant validUntil(Instant now, Instant expiresAt) {
        Instant ttl = now.plus(TTL);
        return expiresAt != null && expiresAt.isBefore(ttl) ? expiresAt : ttl;
    }

    public void clear() {
        entries.clear();
    }
}
