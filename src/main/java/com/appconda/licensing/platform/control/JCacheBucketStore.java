package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.TouchedExpiryPolicy;

/**
 * Buckets in a JCache (JSR 107), one cache per limit, through Bucket4j's entry-processor integration: each
 * consumption runs atomically where the entry lives, so every node of a cluster that shares the cache counts
 * against the same buckets. An entry expires after its limit's window untouched, when it would be full anyway.
 */
final class JCacheBucketStore implements BucketStore {

    static final String CACHE_PREFIX = "applicensing-rate-limit-";

    private final CacheManager manager;
    private final Map<String, ProxyManager<String>> proxies = new ConcurrentHashMap<>();

    JCacheBucketStore(CacheManager manager) {
        this.manager = manager;
    }

    @Override
    public Bucket bucket(RateLimit limit, String key) {
        return proxies.computeIfAbsent(limit.name(), name -> proxyManager(limit))
                .builder()
                .build(key, () -> BucketStore.configuration(limit));
    }

    @Override
    public String description() {
        return "shared through the JCache " + manager.getURI() + " ("
                + manager.getClass().getName() + ")";
    }

    private ProxyManager<String> proxyManager(RateLimit limit) {
        return Bucket4jJCache.entryProcessorBasedBuilder(cache(limit)).build();
    }

    /** Another node may create the cache between the look-up and the creation: then it is there to take. */
    private Cache<String, byte[]> cache(RateLimit limit) {
        String name = CACHE_PREFIX + limit.name();
        Cache<String, byte[]> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, byte[]> configuration = new MutableConfiguration<String, byte[]>()
                .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(
                        new Duration(TimeUnit.SECONDS, limit.window().getSeconds())));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException createdMeanwhile) {
            Cache<String, byte[]> existing = manager.getCache(name);
            if (existing == null) {
                throw createdMeanwhile;
            }
            return existing;
        }
    }
}
