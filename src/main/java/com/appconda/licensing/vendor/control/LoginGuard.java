package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.control.RateLimiter;
import com.appconda.licensing.platform.entity.RateLimit;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops password guessing without letting anyone lock a user out by typing the user's name (rule L1):
 *
 * <ul>
 *   <li>per client address, {@code licensing.rate-limit.login.per-address} attempts (every console login, every
 *       refused API password): one address cannot try many usernames;
 *   <li>per username, {@code licensing.rate-limit.login.failures-per-user} refused passwords from clients without
 *       a device cookie of that user: guessing one user's password from anywhere is stopped;
 *   <li>a client with a valid device cookie of that user ({@link DeviceCookies}) is not held up by the username's
 *       failures; its own refused passwords count per device cookie
 *       ({@code licensing.rate-limit.login.failures-per-device}), so a stolen cookie buys no more guesses.
 * </ul>
 *
 * <p>An attempt takes its tokens before the password is checked and gets back those that only refused passwords
 * are to cost once it succeeds, so parallel guesses cannot slip past a limit between check and count. A password
 * known to be right (it matched minutes ago) only needs the limits not to hold the client back ({@link #check}):
 * it is no guess, and many parallel API calls with it must not use up the tokens meant for failures.
 */
@ApplicationScoped
public class LoginGuard {

    /** Tokens an admitted attempt took, and whether the limit refused it (then its password is not checked). */
    public record Admission(List<Taken> taken, Optional<RateLimitProbe> refusal) {}

    record Taken(RateLimit limit, String key) {}

    @Inject
    RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "licensing.rate-limit.login.per-address")
    String perAddressSpec;

    @Inject
    @ConfigProperty(name = "licensing.rate-limit.login.failures-per-user")
    String failuresPerUserSpec;

    @Inject
    @ConfigProperty(name = "licensing.rate-limit.login.failures-per-device")
    String failuresPerDeviceSpec;

    private Optional<RateLimit> perAddress;
    private Optional<RateLimit> failuresPerUser;
    private Optional<RateLimit> failuresPerDevice;

    @PostConstruct
    void readLimits() {
        perAddress = RateLimit.parse("login-address", perAddressSpec);
        failuresPerUser = RateLimit.parse("login-user", failuresPerUserSpec);
        failuresPerDevice = RateLimit.parse("login-device", failuresPerDeviceSpec);
    }

    /**
     * Decides, before the password is checked, whether this attempt may be made.
     *
     * @param device the id of a valid device cookie of this username, or null
     * @param everyAttemptCounts whether a successful attempt also counts against the address (console logins do;
     *     API calls, which send the password every time, count only when it is refused)
     */
    public Admission admit(String username, String address, String device, boolean everyAttemptCounts) {
        List<Taken> taken = new ArrayList<>(2);
        Optional<RateLimitProbe> refusal = take(perAddress, address, !everyAttemptCounts, taken);
        if (refusal.isEmpty()) {
            refusal = device == null
                    ? take(failuresPerUser, username.toLowerCase(Locale.ROOT), true, taken)
                    : take(failuresPerDevice, device, true, taken);
        }
        return new Admission(taken, refusal);
    }

    /**
     * Whether the limits hold this client back now, taking nothing: for a password already known to be right,
     * sent again (every API call with HTTP Basic does).
     */
    public Optional<RateLimitProbe> check(String username, String address, String device) {
        Optional<RateLimitProbe> refusal = estimate(perAddress, address);
        return refusal.isPresent()
                ? refusal
                : device == null
                        ? estimate(failuresPerUser, username.toLowerCase(Locale.ROOT))
                        : estimate(failuresPerDevice, device);
    }

    /** After the password check: a right password gives back what only a wrong one is to cost. */
    public void settle(Admission admission, boolean passwordMatched) {
        if (passwordMatched) {
            admission.taken().forEach(taken -> limiter.giveBack(taken.limit(), taken.key()));
        }
    }

    private Optional<RateLimitProbe> estimate(Optional<RateLimit> limit, String key) {
        return limit.map(found -> limiter.estimate(found, key)).filter(probe -> !probe.allowed());
    }

    private Optional<RateLimitProbe> take(
            Optional<RateLimit> limit, String key, boolean givenBackOnSuccess, List<Taken> taken) {
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        RateLimitProbe probe = limiter.tryConsume(limit.get(), key);
        if (!probe.allowed()) {
            return Optional.of(probe);
        }
        if (givenBackOnSuccess) {
            taken.add(new Taken(limit.get(), key));
        }
        return Optional.empty();
    }
}
