package com.appconda.licensing.usage.control;

import com.appconda.licensing.usage.entity.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects usage events ({@link Usage}) in memory so that a validation adds no database round trip for them; the
 * flusher writes them in batches every two seconds and on shutdown. Bounded: while the database refuses the
 * batches, at most {@value #MAX_PENDING} events wait (about 200 MB); beyond that new events are counted and
 * dropped, so that validations keep answering when only the reports' data is at risk, and the flusher logs the
 * count.
 */
@ApplicationScoped
public class UsageBuffer {

    public static final int MAX_PENDING = 1_000_000;

    private final ConcurrentLinkedQueue<Usage> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final int maxPending;

    public UsageBuffer() {
        this(MAX_PENDING);
    }

    /** A buffer of another size, for tests. */
    public UsageBuffer(int maxPending) {
        this.maxPending = maxPending;
    }

    public void add(List<Usage> events) {
        if (size.get() + events.size() > maxPending) {
            dropped.addAndGet(events.size());
            return;
        }
        pending.addAll(events);
        size.addAndGet(events.size());
    }

    public int size() {
        return size.get();
    }

    /** How many events were dropped since the last call, because the buffer was full. */
    public long takeDroppedCount() {
        return dropped.getAndSet(0);
    }

    /** Takes up to {@code max} events off the buffer, oldest first. */
    public List<Usage> drain(int max) {
        List<Usage> batch = new ArrayList<>(Math.min(max, Math.max(size.get(), 0)));
        Usage event;
        while (batch.size() < max && (event = pending.poll()) != null) {
            batch.add(event);
        }
        size.addAndGet(-batch.size());
        return batch;
    }

    /** Puts a batch back after a failed write, so that nothing is lost. */
    public void requeue(List<Usage> batch) {
        pending.addAll(batch);
        size.addAndGet(batch.size());
    }
}
