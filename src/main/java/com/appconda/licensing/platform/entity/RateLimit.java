package com.appconda.licensing.platform.entity;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rate limit: at most {@code quota} requests per {@code window} for each partition (an API key, a client
 * address, a username), as a token bucket that holds {@code quota} tokens and refills them evenly over the window.
 * A client may spend the whole quota at once and then gets one more request every {@code window / quota}.
 *
 * <p>Written in the configuration as {@code <quota>/<window>}, the window as a number and a unit ({@code s},
 * {@code m}, {@code h}): {@code 6000/1m}, {@code 10/5m}; {@code off} turns the limit off.
 */
public record RateLimit(String name, long quota, Duration window) {

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,12})\\s*/\\s*(\\d{0,9})\\s*([smh])\\s*");

    public RateLimit {
        Objects.requireNonNull(name);
        if (quota < 1 || window.isNegative() || window.getSeconds() < 1) {
            throw new IllegalArgumentException("rate limit " + name + ": quota and window must be positive");
        }
    }

    /** The limit a configuration value names, or empty for {@code off}. */
    public static Optional<RateLimit> parse(String name, String spec) {
        if (spec != null && spec.trim().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        Matcher matcher = SPEC.matcher(spec == null ? "" : spec.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("rate limit " + name + ": '" + spec
                    + "' is not <requests>/<window> such as 6000/1m or 10/5m, nor off");
        }
        long count = matcher.group(2).isEmpty() ? 1 : Long.parseLong(matcher.group(2));
        Duration unit = switch (matcher.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
        return Optional.of(new RateLimit(name, Long.parseLong(matcher.group(1)), unit.multipliedBy(count)));
    }

    /**
     * This limit as a quota policy item of the {@code RateLimit-Policy} field (draft-ietf-httpapi-ratelimit-headers-10):
     * {@code "broker-key";q=60000;w=60}.
     */
    public String policyItem() {
        return '"' + name + "\";q=" + quota + ";w=" + window.getSeconds();
    }
}
