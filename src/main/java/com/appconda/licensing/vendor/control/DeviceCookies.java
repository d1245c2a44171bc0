package com.appconda.licensing.vendor.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a successful login gives the
 * client a cookie that binds the username to a random id, signed with HMAC-SHA256 under a key derived from the
 * master key (so every node of a cluster accepts it) and valid for {@code licensing.login.device-cookie-days}.
 * A client that presents a valid one for the username it logs in as is a device that user has logged in
 * from before: failed logins of others for that username do not hold it up ({@link LoginGuard}).
 *
 * <p>The value is {@code base64url(username).base64url(id).expiry-epoch-seconds.base64url(mac)}; the cookie is
 * {@code HttpOnly}, {@code SameSite=Strict}, and {@code Secure} when the login came over TLS.
 */
@ApplicationScoped
public class DeviceCookies {

    public static final String NAME = "applicensing-device";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A device cookie that checked out: whose it is and the device's id. */
    public record Device(String username, String id) {}

    @Inject
    MasterKey masterKey;

    @Inject
    @ConfigProperty(name = "licensing.login.device-cookie-days", defaultValue = "180")
    int days;

    private SecretKeySpec key;
    private Duration lifetime;

    DeviceCookies() {}

    /** With a key and a lifetime of their own: for tests. */
    DeviceCookies(byte[] key, Duration lifetime) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.lifetime = lifetime;
    }

    @PostConstruct
    void deriveKey() {
        key = new SecretKeySpec(masterKey.derive("applicensing device cookie v1"), "HmacSHA256");
        lifetime = Duration.ofDays(days);
    }

    /** A fresh cookie value for this (lower-cased) username. */
    public String issue(String username, Instant now) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(id) + "." + now.plus(lifetime).getEpochSecond();
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The device a cookie value stands for, if it is one of ours, unaltered and not expired. */
    public Optional<Device> verify(String value, Instant now) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1] + "." + parts[2];
            byte[] presented = Base64.getUrlDecoder().decode(parts[3]);
            if (!MessageDigest.isEqual(mac(payload), presented) || Long.parseLong(parts[2]) <= now.getEpochSecond()) {
                return Optional.empty();
            }
            String username = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return Optional.of(new Device(username, parts[1]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The {@code Set-Cookie} value that stores {@code value} for the application's path. */
    public String setCookie(String value, String contextPath, boolean overTls) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath + "/";
        return NAME + "=" + value + "; Max-Age=" + lifetime.getSeconds() + "; Path=" + path
                + "; HttpOnly; SameSite=Strict" + (overTls ? "; Secure" : "");
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
