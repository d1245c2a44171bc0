package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceCookiesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final DeviceCookies cookies = new DeviceCookies(KEY, Duration.ofDays(180));

    @Test
    void issuedCookieNamesItsUserAndARandomDevice() {
        String first = cookies.issue("ann", NOW);
        String second = cookies.issue("ann", NOW);

        DeviceCookies.Device device = cookies.verify(first, NOW.plusSeconds(60)).orElseThrow();

        assertThat(device.username()).isEqualTo("ann");
        assertThat(device.id()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(cookies.verify(second, NOW).orElseThrow().id()).isNotEqualTo(device.id());
        assertThat(first).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void cookieExpiresAfterItsLifetime() {
        String cookie = cookies.issue("ann", NOW);

        assertThat(cookies.verify(cookie, NOW.plus(Duration.ofDays(180)).minusSeconds(1)))
                .isPresent();
        assertThat(cookies.verify(cookie, NOW.plus(Duration.ofDays(180)))).isEmpty();
    }

    @Test
    void changingAnyPartOrSigningWithAnotherKeyBreaksTheCookie() {
        String cookie = cookies.issue("ann", NOW);
        String[] parts = cookie.split("\\.");
        String otherUser = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("bob".getBytes(StandardCharsets.UTF_8));
        DeviceCookies otherServer = new DeviceCookies(
                "another key, another server....".getBytes(StandardCharsets.US_ASCII), Duration.ofDays(1));

        assertThat(cookies.verify(otherUser + cookie.substring(parts[0].length()), NOW))
                .isEmpty();
        assertThat(cookies.verify(
                        parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86400) + "." + parts[3], NOW))
                .isEmpty();
        assertThat(cookies.verify(cookie.substring(0, cookie.length() - 2), NOW))
                .isEmpty();
        assertThat(otherServer.verify(cookie, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c", "a.b.c.d.e", "!!.??.1.x", "YW5u.AAAA.notanumber.AAAA"})
    void malformedValuesAreNoDevice(String value) {
        assertThat(cookies.verify(value, NOW)).isEmpty();
        assertThat(cookies.verify(null, NOW)).isEmpty();
    }

    @Test
    void cookieIsHttpOnlyStrictForTheApplicationAndSecureOverTls() {
        assertThat(cookies.setCookie("v", "", false))
                .isEqualTo("applicensing-device=v; Max-Age=15552000; Path=/; HttpOnly; SameSite=Strict");
        assertThat(cookies.setCookie("v", "/licensing", true))
                .isEqualTo(
                        "applicensing-device=v; Max-Age=15552000; Path=/licensing/; HttpOnly; SameSite=Strict; Secure");
    }
}
