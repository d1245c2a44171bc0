package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiKeyCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final ApiKeyCache cache = new ApiKeyCache();
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<ApiKeyCache.Entry> load(Instant expiresAt) {
        loads.incrementAndGet();
        return Optional.of(new ApiKeyCache.Entry(
                new Caller(1L, "V1", "api-key K1", Role.BROKER), 7L, ApiKeyCache.validUntil(NOW, expiresAt)));
    }

    @Test
    void aKeyIsLoadedOnceWithinTheTtlAndAgainAfterIt() {
        cache.find("h", NOW, () -> load(null));
        cache.find("h", NOW.plus(ApiKeyCache.TTL).minusMillis(1), () -> load(null));
        assertThat(loads).hasValue(1);

        cache.find("h", NOW.plus(ApiKeyCache.TTL), () -> load(null));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aKeyExpiringBeforeTheTtlIsNotTrustedPastItsExpiry() {
        Instant expiry = NOW.plusSeconds(1);
        cache.find("h", NOW, () -> load(expiry));
        cache.find("h", expiry, () -> Optional.empty());

        assertThat(cache.find("h", expiry, () -> Optional.empty())).isEmpty();
    }

    @Test
    void unknownKeysAreNotCachedAndClearForgetsEverything() {
        assertThat(cache.find("unknown", NOW, Optional::empty)).isEmpty();
        cache.find("h", NOW, () -> load(null));
        cache.clear();
        cache.find("h", NOW, () -> load(null));
        assertThat(loads).hasValue(2);
    }
}
