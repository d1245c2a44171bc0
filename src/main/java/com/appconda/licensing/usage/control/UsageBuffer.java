package com.appconda.licensing.usage.control;

import com.appconda.licensing.usage.entity.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects usage events ({@link Usage}) in memory so that a validation adds no database round trip for them; the
 * flusher writes them in batches every second or two and on shutdown. Bounded: past
 * {@value #HIGH_WATER} pending events the next drain takes them all, so memory stays bounded under load.
 */
@ApplicationScoped
public class UsageBuffer {

    public static final int HIGH_WATER = 50_000;

    private final ConcurrentLinkedQueue<Usage> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    public void add(List<Usage> events) {
        pending.addAll(events);
        size.addAndGet(events.size());
    }

    public int size() {
        return size.get();
    }

    public boolean isAboveHighWater() {
        return size.get() > HIGH_WATER;
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
        add(batch);
    }
}
