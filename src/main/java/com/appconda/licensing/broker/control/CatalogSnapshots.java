package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.entity.CatalogChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The catalog part of every product the Broker validated lately, so that a validation reads only the licensee's
 * own rows. Products, modules and templates change rarely and every validation needs them.
 *
 * <p>Freshness: a catalog change on this node drops the vendor's snapshots when its transaction completes, and a
 * snapshot that was being read while the change committed is not kept (the vendor's generation moved on while
 * it was read). A change on another node of a cluster is seen when the snapshot is older than {@link #MAX_AGE_NANOS},
 * so within one second. The snapshots are immutable, so validations share them without locks.
 */
@ApplicationScoped
public class CatalogSnapshots {

    /** How long a snapshot is trusted without a change heard on this node: another node's change shows after it. */
    static final long MAX_AGE_NANOS = 500_000_000L;

    /** More products than this in memory means something unusual; starting over bounds the memory. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(CatalogSnapshot snapshot, long vendorId, long generation, long loadedAt) {}

    private final Map<Long, Entry> byProductId = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    /** The product's catalog snapshot, read by {@code load} when none is held or the one held may be stale. */
    public CatalogSnapshot of(long vendorId, long productId, Supplier<CatalogSnapshot> load) {
        AtomicLong generation = generation(vendorId);
        long now = System.nanoTime();
        Entry held = byProductId.get(productId);
        if (held != null && held.generation() == generation.get() && now - held.loadedAt() < MAX_AGE_NANOS) {
            return held.snapshot();
        }
        long readAt = generation.get();
        CatalogSnapshot loaded = load.get();
        if (generation.get() == readAt) {
            if (byProductId.size() >= MAX_ENTRIES) {
                byProductId.clear();
            }
            byProductId.put(productId, new Entry(loaded, vendorId, readAt, now));
        }
        return loaded;
    }

    /** After the change's transaction, whether it committed or not: dropping a snapshot is never wrong. */
    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogChanged changed) {
        generation(changed.vendorId()).incrementAndGet();
        byProductId.values().removeIf(entry -> entry.vendorId() == changed.vendorId());
    }

    private AtomicLong generation(long vendorId) {
        return generations.computeIfAbsent(vendorId, id -> new AtomicLong());
    }
}
