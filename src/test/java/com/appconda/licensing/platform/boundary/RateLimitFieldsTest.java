package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.RateLimit;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitFieldsTest {

    private static final RateLimit PER_ADDRESS = new RateLimit("broker-address", 6000, Duration.ofMinutes(1));
    private static final RateLimit PER_KEY = new RateLimit("broker-key", 60000, Duration.ofMinutes(1));

    @Test
    void everyLimitThatAppliedIsListedWithWhatIsLeftOfIt() {
        List<RateLimitProbe> probes =
                List.of(RateLimitProbe.allowed(PER_ADDRESS, 5999), RateLimitProbe.refused(PER_KEY, 1_500_000_000L));

        assertThat(RateLimitFields.policyField(probes))
                .isEqualTo("\"broker-address\";q=6000;w=60, \"broker-key\";q=60000;w=60");
        assertThat(RateLimitFields.limitField(probes)).isEqualTo("\"broker-address\";r=5999, \"broker-key\";r=0;t=2");
    }
}
