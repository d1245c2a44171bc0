package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.control.ApiKeyCache;
import com.appconda.licensing.vendor.control.ApiKeySecret;
import com.appconda.licensing.vendor.control.ApiKeyUse;
import com.appconda.licensing.vendor.control.DeviceCookies;
import com.appconda.licensing.vendor.control.LoginGuard;
import com.appconda.licensing.vendor.control.PasswordHasher;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.control.VerifiedPasswords;
import com.appconda.licensing.vendor.entity.ApiKey;
import com.appconda.licensing.vendor.entity.Vendor;
import com.appconda.licensing.vendor.entity.VendorUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a credential into a {@link Caller}: a vendor user's username and password (always the admin
 * role), or an API key (its own role), the latter sent as a Bearer key or, as NetLicensing clients
 * do, as HTTP Basic with the user name {@value #API_KEY_USER}. Refused credentials answer empty,
 * never why, so a caller cannot tell an unknown user from a wrong password.
 */
@Stateless
public class Authenticator {

    public static final String API_KEY_USER = "apiKey";

    @Inject
    VendorStore store;

    @Inject
    VerifiedPasswords verifiedPasswords;

    @Inject
    LoginGuard guard;

    @Inject
    DeviceCookies deviceCookies;

    @Inject
    Clock clock;

    @Inject
    ApiKeyCache apiKeyCache;

    @Inject
    ApiKeyUse apiKeyUse;

    /**
     * Checks a username and password under the login limits ({@link LoginGuard}): a client with a valid device
     * cookie of the user is judged by its own failures, any other by the username's, and each by its address's.
     * A success from a client without such a cookie answers a new one. An API call repeating a password that
     * matched minutes ago only has to pass the limits, it takes nothing from them.
     */
    public LoginOutcome withPassword(LoginAttempt attempt) {
        if (API_KEY_USER.equals(attempt.username())) {
            return withApiKey(attempt.password());
        }
        Instant now = clock.instant();
        String username = attempt.username().toLowerCase(Locale.ROOT);
        String device = deviceCookies
                .verify(attempt.deviceCookie(), now)
                .filter(cookie -> cookie.username().equals(username))
                .map(DeviceCookies.Device::id)
                .orElse(null);
        Optional<VendorUser> user = store.findUser(username);
        boolean knownPassword = user.filter(
                        u -> verifiedPasswords.isKnown(u.getUsername(), attempt.password(), u.getPasswordHash(), now))
                .isPresent();
        if (knownPassword && !attempt.everyAttemptCounts()) {
            return guard.check(username, attempt.address(), device)
                    .<LoginOutcome>map(LoginOutcome.Throttled::new)
                    .orElseGet(() -> accepted(user.get(), device, now));
        }
        return checkPassword(attempt, user, device, now);
    }

    private LoginOutcome checkPassword(LoginAttempt attempt, Optional<VendorUser> user, String device, Instant now) {
        LoginGuard.Admission admission =
                guard.admit(attempt.username(), attempt.address(), device, attempt.everyAttemptCounts());
        if (admission.refusal().isPresent()) {
            return new LoginOutcome.Throttled(admission.refusal().get());
        }
        LoginOutcome outcome = user.filter(
                        u -> verifiedPasswords.matches(u.getUsername(), attempt.password(), u.getPasswordHash(), now))
                .map(u -> {
                    upgradeOutdatedHash(u, attempt.password());
                    return accepted(u, device, now);
                })
                .orElseGet(LoginOutcome.Refused::plainly);
        guard.settle(admission, outcome instanceof LoginOutcome.Accepted);
        return outcome;
    }

    /** A password that just matched an older kind of hash is stored again as {@link PasswordHasher} hashes today. */
    private static void upgradeOutdatedHash(VendorUser user, String password) {
        if (PasswordHasher.isOutdated(user.getPasswordHash())) {
            user.changePasswordHash(PasswordHasher.hash(password));
        }
    }

    /** The caller, and a new device cookie for a client that came without one of this user. */
    private LoginOutcome accepted(VendorUser user, String device, Instant now) {
        String newDeviceCookie = device == null ? deviceCookies.issue(user.getUsername(), now) : null;
        return store.findVendor(user.getVendorId())
                .<LoginOutcome>map(vendor ->
                        new LoginOutcome.Accepted(caller(vendor, user.getUsername(), Role.ADMIN), newDeviceCookie))
                .orElseGet(LoginOutcome.Refused::plainly);
    }

    /**
     * The caller behind a console session's user name: looked up on every console request, so a removed
     * user or vendor loses the console at once instead of at the end of the session.
     */
    public Optional<Caller> forConsoleUser(String username) {
        return store.findUser(username.toLowerCase(Locale.ROOT))
                .flatMap(user -> store.findVendor(user.getVendorId())
                        .map(vendor -> caller(vendor, user.getUsername(), Role.ADMIN)));
    }

    /**
     * The caller an API key secret authenticates as, from the cache or one read of the key and its vendor; refused
     * with the reason when the secret is a key's that cannot be used now, plainly when no key has it.
     */
    public LoginOutcome withApiKey(String secret) {
        if (secret == null || !secret.startsWith(ApiKeySecret.PREFIX)) {
            return LoginOutcome.Refused.plainly();
        }
        Instant now = clock.instant();
        String hash = ApiKeySecret.hash(secret);
        // What the read found wrong with the key, when the cache did not hold it and the key is unusable.
        AtomicReference<String> unusable = new AtomicReference<>();
        Optional<ApiKeyCache.Entry> cached = apiKeyCache.find(hash, now, () -> load(hash, now, unusable));
        if (cached.isEmpty()) {
            return new LoginOutcome.Refused(unusable.get());
        }
        apiKeyUse.record(cached.get().apiKeyId(), now);
        return new LoginOutcome.Accepted(cached.get().caller(), null);
    }

    private Optional<ApiKeyCache.Entry> load(String hash, Instant now, AtomicReference<String> unusable) {
        Optional<ApiKey> key = store.findApiKeyBySecretHash(hash);
        Optional<String> why = key.flatMap(found -> found.unusableBecause(now));
        if (why.isPresent()) {
            unusable.set(why.get());
            return Optional.empty();
        }
        return key.flatMap(usable -> store.findVendor(usable.getVendorId())
                .map(vendor -> new ApiKeyCache.Entry(
                        new Caller(
                                vendor.getId(),
                                vendor.getNumber(),
                                "api-key " + usable.getNumber(),
                                usable.getRole(),
                                usable.getLicenseeNumber()),
                        usable.getId(),
                        ApiKeyCache.validUntil(now, usable.getExpiresAt()))));
    }

    private static Caller caller(Vendor vendor, String actor, Role role) {
        return new Caller(vendor.getId(), vendor.getNumber(), actor, role);
    }
}
