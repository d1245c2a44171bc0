package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in this node's memory. Buckets untouched for their limit's window are dropped once the map has grown
 * past {@value #SWEEP_ABOVE} entries (at most once a second), so that a flood of distinct addresses or usernames
 * costs memory only for as long as their buckets are not full again.
 */
final class LocalBucketStore implements BucketStore {

    static final int SWEEP_ABOVE = 10_000;
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private record Entry(RateLimit limit, Bucket bucket, AtomicLong lastUsed) {}

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final AtomicLong lastSweep = new AtomicLong();

    LocalBucketStore(TimeMeter time) {
        this.time = time;
        lastSweep.set(time.currentTimeNanos());
    }

    @Override
    public Bucket bucket(RateLimit limit, String key) {
        long now = time.currentTimeNanos();
        Entry entry = buckets.computeIfAbsent(
                limit.name() + '\u0000' + key, k -> new Entry(limit, newBucket(limit), new AtomicLong()));
        entry.lastUsed().set(now);
        sweepIfLarge(now);
        return entry.bucket();
    }

    @Override
    public String description() {
        return "per node, in memory";
    }

    int size() {
        return buckets.size();
    }

    private Bucket newBucket(RateLimit limit) {
        return Bucket.builder()
                .addLimit(BucketStore.configuration(limit).getBandwidths()[0])
                .withCustomTimePrecision(time)
                .build();
    }

    private void sweepIfLarge(long now) {
        long last = lastSweep.get();
        if (buckets.size() <= SWEEP_ABOVE || now - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.values()
                .removeIf(entry ->
                        now - entry.lastUsed().get() >= entry.limit().window().toNanos());
    }
}
