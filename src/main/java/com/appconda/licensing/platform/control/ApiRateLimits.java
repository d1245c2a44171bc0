package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The API's limits, per group of endpoints ({@value #BROKER} for the Broker, {@value #API} for the rest) and per
 * partition: {@code licensing.rate-limit.<group>.per-key} (each API key) and {@code .per-address} (each client
 * address). Defaults are in {@code META-INF/microprofile-config.properties}. Read and checked at start, so a
 * malformed value stops the deployment instead of the first request.
 */
@ApplicationScoped
public class ApiRateLimits {

    public static final String API = "api";
    public static final String BROKER = "broker";

    private Map<String, Optional<RateLimit>> perKey;
    private Map<String, Optional<RateLimit>> perAddress;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        perKey = Map.of(API, limit(config, API, "key"), BROKER, limit(config, BROKER, "key"));
        perAddress = Map.of(API, limit(config, API, "address"), BROKER, limit(config, BROKER, "address"));
    }

    /** Observing the start makes the container create this bean then, which reads and checks the values. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

    public Optional<RateLimit> perKey(String group) {
        return perKey.getOrDefault(group, perKey.get(API));
    }

    public Optional<RateLimit> perAddress(String group) {
        return perAddress.getOrDefault(group, perAddress.get(API));
    }

    private static Optional<RateLimit> limit(Config config, String group, String partition) {
        String spec = config.getValue("licensing.rate-limit." + group + ".per-" + partition, String.class);
        return RateLimit.parse(group + "-" + partition, spec);
    }
}
