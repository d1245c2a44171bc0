package com.appconda.licensing.vendor.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.control.ManualTime;
import com.appconda.licensing.platform.control.RateLimiter;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule L1: guessing is stopped per address, per username and per device, and nobody can lock a user out. */
class LoginGuardTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String ANN_AT_HOME = "198.51.100.20";
    private static final String ANNS_LAPTOP = "device-of-ann";

    private final ManualTime time = new ManualTime();
    private final LoginGuard guard = new LoginGuard();

    @BeforeEach
    void limits() {
        guard.limiter = RateLimiter.inMemory(time);
        guard.perAddressSpec = "100/5m";
        guard.failuresPerUserSpec = "10/5m";
        guard.failuresPerDeviceSpec = "10/5m";
        guard.readLimits();
    }

    @Test
    void tenWrongPasswordsHoldBackEveryClientWithoutADeviceCookieOfThatUser() {
        failTimes(10, "ann", ATTACKER, null);

        assertThat(refusal("ANN", ATTACKER, null)).isEqualTo("login-user");
        assertThat(refusal("ann", ANN_AT_HOME, null)).isEqualTo("login-user");
        assertThat(refusal("bob", ATTACKER, null)).isNull();
    }

    @Test
    void othersWrongPasswordsNeverHoldBackTheUsersKnownDevice() {
        failTimes(10, "ann", ATTACKER, null);
        for (int i = 0; i < 40; i++) {
            assertThat(refusal("ann", "198.51.100." + i, null)).isEqualTo("login-user");
        }

        LoginGuard.Admission fromLaptop = guard.admit("ann", ANN_AT_HOME, ANNS_LAPTOP, true);

        assertThat(fromLaptop.refusal()).isEmpty();
    }

    @Test
    void wrongPasswordsWithADeviceCookieCountForThatDeviceOnly() {
        failTimes(10, "ann", ANN_AT_HOME, ANNS_LAPTOP);

        assertThat(refusal("ann", ANN_AT_HOME, ANNS_LAPTOP)).isEqualTo("login-device");
        assertThat(refusal("ann", ANN_AT_HOME, "device-of-anns-phone")).isNull();
        assertThat(refusal("ann", ANN_AT_HOME, null)).isNull();
    }

    @Test
    void oneAddressTryingManyUsernamesIsStoppedAtItsLimit() {
        for (int i = 0; i < 100; i++) {
            failTimes(1, "user" + i, ATTACKER, null);
        }

        assertThat(refusal("someone-else", ATTACKER, null)).isEqualTo("login-address");
        assertThat(refusal("ann", ATTACKER, ANNS_LAPTOP)).isEqualTo("login-address");
        assertThat(refusal("someone-else", ANN_AT_HOME, null)).isNull();
    }

    @Test
    void rightPasswordsOnTheApiCostNothingWhileEveryConsoleLoginCountsForTheAddress() {
        for (int i = 0; i < 150; i++) {
            guard.settle(guard.admit("ann", ANN_AT_HOME, null, false), true);
        }
        assertThat(refusal("ann", ANN_AT_HOME, null)).isNull();

        for (int i = 0; i < 100; i++) {
            guard.settle(guard.admit("user" + i, ATTACKER, null, true), true);
        }
        assertThat(refusal("ann", ATTACKER, null)).isEqualTo("login-address");
    }

    @Test
    void aPasswordKnownToBeRightTakesNothingButIsHeldBackLikeAnyOther() {
        for (int i = 0; i < 200; i++) {
            assertThat(guard.check("ann", ANN_AT_HOME, null)).isEmpty();
        }
        failTimes(10, "ann", ATTACKER, null);

        assertThat(guard.check("ann", ANN_AT_HOME, null))
                .map(probe -> probe.limit().name())
                .contains("login-user");
        assertThat(guard.check("ann", ANN_AT_HOME, ANNS_LAPTOP)).isEmpty();
    }

    @Test
    void aRightPasswordDoesNotWipeTheFailuresOfTheUsername() {
        failTimes(9, "ann", ATTACKER, null);
        guard.settle(guard.admit("ann", ANN_AT_HOME, null, true), true);

        failTimes(1, "ann", ATTACKER, null);

        assertThat(refusal("ann", ATTACKER, null)).isEqualTo("login-user");
    }

    @Test
    void heldBackUsernameGetsOneTryPerShareOfTheWindowAgain() {
        failTimes(10, "ann", ATTACKER, null);
        RateLimitProbe refused =
                guard.admit("ann", ATTACKER, null, false).refusal().orElseThrow();
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);

        time.advance(Duration.ofSeconds(30));

        assertThat(refusal("ann", ATTACKER, null)).isNull();
    }

    private void failTimes(int times, String username, String address, String device) {
        for (int i = 0; i < times; i++) {
            LoginGuard.Admission admission = guard.admit(username, address, device, false);
            assertThat(admission.refusal())
                    .as("attempt %d for %s", i + 1, username)
                    .isEmpty();
            guard.settle(admission, false);
        }
    }

    /** The limit that refuses this attempt, or null; an admitted attempt is settled as a wrong password. */
    private String refusal(String username, String address, String device) {
        LoginGuard.Admission admission = guard.admit(username, address, device, false);
        guard.settle(admission, false);
        return admission.refusal().map(probe -> probe.limit().name()).orElse(null);
    }
}
