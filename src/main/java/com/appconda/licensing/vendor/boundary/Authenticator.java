package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.control.ApiKeyCache;
import com.appconda.licensing.vendor.control.ApiKeySecret;
import com.appconda.licensing.vendor.control.ApiKeyUse;
import com.appconda.licensing.vendor.control.LoginThrottle;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.control.VerifiedPasswords;
import com.appconda.licensing.vendor.entity.Vendor;
import com.appconda.licensing.vendor.entity.VendorUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    ApiKeyCache apiKeyCache;

    @Inject
    ApiKeyUse apiKeyUse;

    public Optional<Caller> withPassword(String username, String password) {
        if (API_KEY_USER.equals(username)) {
            return withApiKey(password);
        }
        Instant now = clock.instant();
        if (throttle.isBlocked(username, now)) {
            return Optional.empty();
        }
        Optional<VendorUser> user = store.findUser(username.toLowerCase(java.util.Locale.ROOT))
                .filter(u -> verifiedPasswords.matches(u.getUsername(), password, u.getPasswordHash(), now));
        if (user.isEmpty()) {
            throttle.recordFailure(username, now);
            return Optional.empty();
        }
        throttle.recordSuccess(username);
        return store.findVendor(user.get().getVendorId())
                .map(vendor -> caller(vendor, user.get().getUsername(), Role.ADMIN));
    }

    /** Whether failed logins have blocked the username for now: the console says so instead of "wrong password". */
    public boolean isThrottled(String username) {
        return username != null && throttle.isBlocked(username, clock.instant());
    }

    /**
     * The caller behind a console session's user name: looked up on every console request, so a removed
     * user or vendor loses the console at once instead of at the end of the session.
     */
    public Optional<Caller> forConsoleUser(String username) {
        return store.findUser(username.toLowerCase(java.util.Locale.ROOT))
                .flatMap(user -> store.findVendor(user.getVendorId())
                        .map(vendor -> caller(vendor, user.getUsername(), Role.ADMIN)));
    }

    public Optional<Caller> withApiKey(String secret) {
        if (secret == null || !secret.startsWith(ApiKeySecret.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = ApiKeySecret.hash(secret);
        Optional<ApiKeyCache.Entry> cached = apiKeyCache.find(
                hash,
                now,
                () -> store.findApiKeyBySecretHash(hash)
                        .filter(key -> key.isUsableAt(now))
                        .flatMap(key -> store.findVendor(key.getVendorId())
                                .map(vendor -> new ApiKeyCache.Entry(
                                        new Caller(
                                                vendor.getId(),
                                                vendor.getNumber(),
                                                "api-key " + key.getNumber(),
                                                key.getRole(),
                                                key.getLicenseeNumber()),
                                        key.getId(),
                                        ApiKeyCache.validUntil(now, key.getExpiresAt())))));
        cached.ifPresent(entry -> apiKeyUse.record(entry.apiKeyId(), now));
        return cached.map(ApiKeyCache.Entry::caller);
    }

    private static Caller caller(Vendor vendor, String actor, Role role) {
        return new Caller(vendor.getId(), vendor.getNumber(), actor, role);
    }
}
