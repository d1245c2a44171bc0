package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.RateLimit;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.spi.CachingProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts requests against rate limits in Bucket4j token buckets.
 *
 * <p>Where the buckets live is decided once, at start: when the runtime offers a JCache {@link CachingProvider}
 * as a CDI bean (Payara does, backed by its Hazelcast data grid), the nodes of a cluster share them; otherwise
 * (WildFly) each node keeps its own. {@code javax.cache.Caching.getCachingProvider()} is not used: on Payara it
 * finds Hazelcast's own provider, which starts a Hazelcast client of its own instead of joining the data grid, and
 * waits for a cluster that is not there. {@code licensing.rate-limit.shared=false} keeps the buckets per node.
 *
 * <p>A store that fails (a cluster in trouble) lets the request through: the limits protect the service, they
 * must not become the reason it is down.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    @Inject
    Instance<CachingProvider> cachingProviders;

    @Inject
    @ConfigProperty(name = "licensing.rate-limit.shared", defaultValue = "true")
    boolean shared;

    private BucketStore store;
    private final AtomicBoolean storeFailureLogged = new AtomicBoolean();

    /** A limiter over buckets in memory, timed by {@code time}: for tests. */
    public static RateLimiter inMemory(TimeMeter time) {
        RateLimiter limiter = new RateLimiter();
        limiter.store = new LocalBucketStore(time);
        return limiter;
    }

    @PostConstruct
    void chooseStore() {
        store = shared && cachingProviders.isResolvable()
                ? new JCacheBucketStore(cachingProviders.get().getCacheManager())
                : new LocalBucketStore(TimeMeter.SYSTEM_NANOTIME);
        LOG.info(() -> "rate limit buckets: " + store.description());
    }

    /** Observing the start makes the container create this bean then, so the log names the store at once. */
    void chooseAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

    /** Takes one request from the partition's bucket, or says how long to wait for one. */
    public RateLimitProbe tryConsume(RateLimit limit, String key) {
        try {
            ConsumptionProbe probe = store.bucket(limit, key).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? RateLimitProbe.allowed(limit, probe.getRemainingTokens())
                    : RateLimitProbe.refused(limit, probe.getNanosToWaitForRefill());
        } catch (RuntimeException storeFailure) {
            logOnce(storeFailure);
            return RateLimitProbe.allowed(limit, limit.quota());
        }
    }

    /** Whether the partition's bucket has a request left, without taking it. */
    public RateLimitProbe estimate(RateLimit limit, String key) {
        try {
            EstimationProbe probe = store.bucket(limit, key).estimateAbilityToConsume(1);
            return probe.canBeConsumed()
                    ? RateLimitProbe.allowed(limit, probe.getRemainingTokens())
                    : RateLimitProbe.refused(limit, probe.getNanosToWaitForRefill());
        } catch (RuntimeException storeFailure) {
            logOnce(storeFailure);
            return RateLimitProbe.allowed(limit, limit.quota());
        }
    }

    /** Gives back a request taken ahead of time that turned out not to count (a login that succeeded). */
    public void giveBack(RateLimit limit, String key) {
        try {
            store.bucket(limit, key).addTokens(1);
        } catch (RuntimeException storeFailure) {
            logOnce(storeFailure);
        }
    }

    /** Where the buckets live, as the log says at start. */
    public String storeDescription() {
        return store.description();
    }

    private void logOnce(RuntimeException failure) {
        if (storeFailureLogged.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "rate limit store failed; requests pass unlimited while it does", failure);
        } else {
            LOG.log(Level.FINE, "rate limit store failed", failure);
        }
    }
}
