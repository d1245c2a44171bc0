package com.appconda.licensing.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryOnConflictTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aConflictWrappedByTheContainerIsRetriedAndTheRetryAnswers() {
        String answer = RetryOnConflict.run("validation", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new EJBTransactionRolledbackException("rolled back", new OptimisticLockException("stale"));
            }
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aConflictEveryTimeIsThrownAfterTheLastAttempt() {
        assertThatThrownBy(() -> RetryOnConflict.run("validation", () -> {
                    attempts.incrementAndGet();
                    throw new OptimisticLockException("stale");
                }))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(attempts).hasValue(RetryOnConflict.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsThrownAtOnceWithoutARetry() {
        assertThatThrownBy(() -> RetryOnConflict.run("validation", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalArgumentException("bad input");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
