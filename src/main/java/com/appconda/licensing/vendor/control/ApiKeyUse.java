package com.appconda.licensing.vendor.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each API key was last used, kept in memory and written in one batch every few seconds
 * ({@link ApiKeyUseFlusher}). Writing it on every call made every validation a write, and made
 * concurrent calls with one key fail on the key's optimistic lock.
 */
@ApplicationScoped
public class ApiKeyUse {

    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();

    public void record(long apiKeyId, Instant at) {
        pending.merge(apiKeyId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    /** Takes everything recorded so far; what is recorded meanwhile waits for the next drain. */
    public Map<Long, Instant> drain() {
        Map<Long, Instant> drained = new HashMap<>();
        for (Long apiKeyId : pending.keySet()) {
            Instant at = pending.remove(apiKeyId);
            if (at != null) {
                drained.put(apiKeyId, at);
            }
        }
        return drained;
    }

    /** Puts back what could not be written. */
    public void requeue(Map<Long, Instant> uses) {
        uses.forEach(this::record);
    }
}
