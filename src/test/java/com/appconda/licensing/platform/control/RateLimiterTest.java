package com.appconda.licensing.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.appconda.licensing.platform.entity.RateLimit;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final RateLimit FIVE_PER_MINUTE = new RateLimit("api-key", 5, Duration.ofMinutes(1));

    private final ManualTime time = new ManualTime();
    private final RateLimiter limiter = RateLimiter.inMemory(time);

    @Test
    void quotaMaySpendAtOnceThenTheNextRequestWaitsForItsShareOfTheWindow() {
        assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.tryConsume(FIVE_PER_MINUTE, "K1")))
                .extracting(RateLimitProbe::allowed, RateLimitProbe::remaining)
                .containsExactly(tuple(true, 4L), tuple(true, 3L), tuple(true, 2L), tuple(true, 1L), tuple(true, 0L));

        RateLimitProbe refused = limiter.tryConsume(FIVE_PER_MINUTE, "K1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void bucketRefillsEvenlyOverTheWindow() {
        IntStream.range(0, 5).forEach(i -> limiter.tryConsume(FIVE_PER_MINUTE, "K1"));

        time.advance(Duration.ofSeconds(11));
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").allowed()).isFalse();
        time.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").allowed()).isTrue();
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").allowed()).isFalse();
        time.advance(Duration.ofMinutes(5));
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").remaining()).isEqualTo(4);
    }

    @Test
    void eachPartitionKeyAndEachLimitHasItsOwnBucket() {
        RateLimit sameNameElsewhere = new RateLimit("api-address", 5, Duration.ofMinutes(1));
        IntStream.range(0, 5).forEach(i -> limiter.tryConsume(FIVE_PER_MINUTE, "K1"));

        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").allowed()).isFalse();
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K2").remaining()).isEqualTo(4);
        assertThat(limiter.tryConsume(sameNameElsewhere, "K1").remaining()).isEqualTo(4);
    }

    @Test
    void estimateTakesNothing() {
        IntStream.range(0, 4).forEach(i -> limiter.tryConsume(FIVE_PER_MINUTE, "K1"));

        assertThat(limiter.estimate(FIVE_PER_MINUTE, "K1").allowed()).isTrue();
        assertThat(limiter.estimate(FIVE_PER_MINUTE, "K1").remaining()).isEqualTo(1);
        limiter.tryConsume(FIVE_PER_MINUTE, "K1");
        RateLimitProbe empty = limiter.estimate(FIVE_PER_MINUTE, "K1");
        assertThat(empty.allowed()).isFalse();
        assertThat(empty.retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void givenBackRequestCountsNoMoreAndNeverAboveTheQuota() {
        IntStream.range(0, 5).forEach(i -> limiter.tryConsume(FIVE_PER_MINUTE, "K1"));

        limiter.giveBack(FIVE_PER_MINUTE, "K1");
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K1").allowed()).isTrue();

        limiter.giveBack(FIVE_PER_MINUTE, "K2");
        assertThat(limiter.tryConsume(FIVE_PER_MINUTE, "K2").remaining()).isEqualTo(4);
    }

    @Test
    void bucketsLeftAloneForTheirWindowAreForgottenOnceThereAreMany() {
        LocalBucketStore store = new LocalBucketStore(time);
        RateLimit perAddress = new RateLimit("api-address", 100, Duration.ofMinutes(1));
        RateLimit perUser = new RateLimit("login-user", 10, Duration.ofMinutes(5));
        store.bucket(perUser, "still-locked").tryConsume(10);
        IntStream.range(0, LocalBucketStore.SWEEP_ABOVE).forEach(i -> store.bucket(perAddress, "10.0.0." + i));

        time.advance(Duration.ofMinutes(2));
        store.bucket(perAddress, "a newcomer");

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.bucket(perUser, "still-locked").getAvailableTokens()).isEqualTo(4);
    }
}
