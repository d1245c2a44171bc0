package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the rate limits' buckets live: in this node's memory ({@link LocalBucketStore}) or in a JCache that the
 * nodes of a cluster share ({@link JCacheBucketStore}). Either keeps, per limit and partition key, one Bucket4j
 * bucket, and forgets a bucket that has been left alone for a whole window: by then it has refilled completely,
 * so forgetting it changes nothing.
 */
interface BucketStore {

    /** The bucket of this partition key under this limit, full when it is new. */
    Bucket bucket(RateLimit limit, String key);

    /** Where the buckets are, for the log and the README's claim: "per node" or the JCache it uses. */
    String description();

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.quota()).refillGreedy(limit.quota(), limit.window()))
                .build();
    }
}
