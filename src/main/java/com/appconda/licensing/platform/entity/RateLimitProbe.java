package com.appconda.licensing.platform.entity;

/**
 * What one request found in one bucket: whether it was let through, the requests left, and, when refused, the
 * whole seconds until the next one is (at least 1, as {@code Retry-After} needs).
 */
public record RateLimitProbe(RateLimit limit, boolean allowed, long remaining, long retryAfterSeconds) {

    public static RateLimitProbe allowed(RateLimit limit, long remaining) {
        return new RateLimitProbe(limit, true, remaining, 0);
    }

    public static RateLimitProbe refused(RateLimit limit, long nanosToWait) {
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        return new RateLimitProbe(limit, false, 0, seconds);
    }

    /**
     * A service limit item of the {@code RateLimit} field (draft-ietf-httpapi-ratelimit-headers-10): the requests
     * left, and when none are, the seconds until there is one again: {@code "broker-key";r=0;t=12}.
     */
    public String limitItem() {
        String item = '"' + limit.name() + "\";r=" + remaining;
        return allowed ? item : item + ";t=" + retryAfterSeconds;
    }
}
