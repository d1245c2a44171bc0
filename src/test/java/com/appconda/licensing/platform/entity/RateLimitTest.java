package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

    @ParameterizedTest
    @CsvSource({"6000/1m, 6000, 60", "10/5m, 10, 300", "100/s, 100, 1", " 3 / 2 H , 3, 7200", "1/1s, 1, 1"})
    void limitIsReadAsRequestsPerWindow(String spec, long quota, long seconds) {
        RateLimit limit = RateLimit.parse("api-key", spec).orElseThrow();

        assertThat(limit.quota()).isEqualTo(quota);
        assertThat(limit.window()).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " off "})
    void offTurnsTheLimitOff(String spec) {
        assertThat(RateLimit.parse("api-key", spec)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "100", "100/", "/1m", "100/1d", "100 per minute", "0/1m", "100/0s", "-5/1m", "1.5/1m"})
    void malformedLimitIsRefusedNamingTheSetting(String spec) {
        assertThatThrownBy(() -> RateLimit.parse("broker-key", spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broker-key");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"60000/1m | \"broker-key\";q=60000;w=60", "10/5m | \"broker-key\";q=10;w=300"})
    void policyItemIsDraftTenSyntax(String spec, String item) {
        assertThat(RateLimit.parse("broker-key", spec).orElseThrow().policyItem())
                .isEqualTo(item);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "999999999, 1", "1000000000, 1", "1000000001, 2", "29500000000, 30"})
    void refusalWaitsWholeSecondsRoundedUpAndAtLeastOne(long nanos, long seconds) {
        RateLimit limit = RateLimit.parse("login-user", "10/5m").orElseThrow();

        RateLimitProbe refused = RateLimitProbe.refused(limit, nanos);

        assertThat(refused.retryAfterSeconds()).isEqualTo(seconds);
        assertThat(refused.limitItem()).isEqualTo("\"login-user\";r=0;t=" + seconds);
        assertThat(RateLimitProbe.allowed(limit, 7).limitItem()).isEqualTo("\"login-user\";r=7");
    }
}
