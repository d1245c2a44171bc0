package com.appconda.licensing.platform.control;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when it was rolled back because another one changed the same rows first.
 *
 * <p>Why: the Broker's answer is decided under the licensee's row lock, so two validations should never write the
 * same row from stale reads; yet a rare interleaving on H2 (parallel first validations of an auto-created licensee
 * starting its trial) once ended in an optimistic conflict. The software calling the Broker cannot tell that from a
 * real refusal, so the Broker retries
 * instead of answering 409: the rolled-back attempt changed nothing and announced nothing (observers see only
 * committed answers), so the retry is the only attempt that counts. Only optimistic conflicts are retried; other
 * database failures are answered as they are. Call it outside the transaction it retries.
 */
public final class RetryOnConflict {

    private static final Logger LOG = Logger.getLogger(RetryOnConflict.class.getName());

    /** Attempts in all; a third conflict in a row is answered as the conflict it is. */
    public static final int ATTEMPTS = 3;

    private RetryOnConflict() {}

    public static <T> T run(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.log(
                        Level.INFO,
                        "{0}: conflict with a concurrent transaction, attempt {1} of {2} rolled back; retrying",
                        new Object[] {what, attempt, ATTEMPTS});
            }
        }
    }

    /** Whether an optimistic-lock failure is anywhere in the cause chain (EJB containers wrap it). */
    static boolean isConflict(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
