package com.appconda.licensing.usage.boundary;

import com.appconda.licensing.platform.boundary.ApplicationStopping;
import com.appconda.licensing.usage.control.PoisonRecords;
import com.appconda.licensing.usage.control.UsageBuffer;
import com.appconda.licensing.usage.control.UsageDeadLetters;
import com.appconda.licensing.usage.entity.Usage;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves buffered usage events to the database in batches: every two seconds, and everything that
 * is left when the application stops ({@link ApplicationStopping}, and {@code @PreDestroy} where the
 * runtime calls it), so that a clean stop loses nothing. A failed batch goes back
 * into the buffer and is tried again on the next round.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageFlusher {

    static final int BATCH = 1_000;
    private static final Logger LOG = Logger.getLogger(UsageFlusher.class.getName());

    @Inject
    UsageBuffer buffer;

    @Inject
    UsageWriter writer;

    @Inject
    UsageDeadLetters deadLetters;

    @Inject
    Clock clock;

    private final Object flushing = new Object();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void everyTwoSeconds() {
        flush();
    }

    public void onApplicationStopping(@Observes ApplicationStopping stopping) {
        flush();
    }

    @PreDestroy
    void onStop() {
        flush();
        LOG.info(() -> "usage events flushed on stop; " + buffer.size() + " left");
    }

    /** Writes everything pending now, batch by batch; one flush at a time. */
    public void flush() {
        long dropped = buffer.takeDroppedCount();
        if (dropped > 0) {
            LOG.warning(
                    () -> dropped + " usage events dropped: the buffer was full while the database refused batches");
        }
        synchronized (flushing) {
            List<Usage> batch;
            while (!(batch = buffer.drain(BATCH)).isEmpty()) {
                if (!write(batch)) {
                    return;
                }
            }
        }
    }

    /**
     * Writes one batch. When the database refuses it, the batch is split in halves until the refused part is one
     * event (a few more writes per poison record, not one per event): an event the database refuses for what it
     * holds is set aside, so that it does not hold back the others; when the database refuses for another reason
     * (it is down), the events wait for the next round and nothing is set aside.
     *
     * @return false when the database refused for another reason: what is not written is back in the buffer
     */
    private boolean write(List<Usage> batch) {
        try {
            writer.write(batch);
            return true;
        } catch (RuntimeException refused) {
            if (batch.size() > 1) {
                int half = batch.size() / 2;
                if (!write(batch.subList(0, half))) {
                    buffer.requeue(batch.subList(half, batch.size()));
                    return false;
                }
                return write(batch.subList(half, batch.size()));
            }
            Optional<String> poison = PoisonRecords.reasonOf(refused);
            if (poison.isPresent()) {
                deadLetters.setAside(batch.get(0), poison.get(), clock.instant());
                return true;
            }
            LOG.log(Level.WARNING, "the database refuses usage events; they wait for the next round", refused);
            buffer.requeue(batch);
            return false;
        }
    }
}
