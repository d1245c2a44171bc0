package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A state change an evaluator asks the shell to make. Evaluators never write: they return effects, and the
 * transactional shell applies all of them atomically with the answer, so that a seat, a write-off or a node slot
 * is counted exactly once. The set is closed (sealed) so that the shell's {@code switch} over it is checked by
 * the compiler; a custom model can only combine these changes, which keeps the shell's guarantees intact.
 */
public sealed interface Effect {

    /**
     * Takes a seat on a FLOATING license for a session not currently holding one. Any stored session with the same
     * id is expired (see {@link FloatingSession#isHeldAt}) and is replaced.
     */
    record CheckOutSession(String licenseNumber, String sessionId, Instant expiresAt) implements Effect {
        public CheckOutSession {
            requireAll(licenseNumber, sessionId, expiresAt);
        }
    }

    /** Moves the expiry of a session that holds a seat. */
    record ExtendSession(String licenseNumber, String sessionId, Instant expiresAt) implements Effect {
        public ExtendSession {
            requireAll(licenseNumber, sessionId, expiresAt);
        }
    }

    /** Frees the seat a session holds. */
    record CheckInSession(String licenseNumber, String sessionId) implements Effect {
        public CheckInSession {
            requireAll(licenseNumber, sessionId);
        }
    }

    /** Adds {@code amount} to a QUANTITY license's {@code usedQuantity}; post-pay may exceed its quantity. */
    record WriteOffQuantity(String licenseNumber, long amount) implements Effect {
        public WriteOffQuantity {
            requireAll(licenseNumber);
            if (amount <= 0) {
                throw new IllegalArgumentException("a write-off must be positive: " + amount);
            }
        }
    }

    /** Stores a client's node secret on a license, taking one of its node slots. */
    record StoreNodeSecret(String licenseNumber, String secret) implements Effect {
        public StoreNodeSecret {
            requireAll(licenseNumber, secret);
        }
    }

    /** Issues the licensee a free evaluation license from an automatic template, starting at {@code startDate}. */
    record CreateEvaluationLicense(String templateNumber, Instant startDate) implements Effect {
        public CreateEvaluationLicense {
            requireAll(templateNumber, startDate);
        }
    }

    /** Sets the start date of an issued TIMEVOLUME license that had none (an evaluation starts at first use). */
    record StartLicense(String licenseNumber, Instant startDate) implements Effect {
        public StartLicense {
            requireAll(licenseNumber, startDate);
        }
    }

    private static void requireAll(Object... values) {
        for (Object value : values) {
            Objects.requireNonNull(value);
        }
    }
}
