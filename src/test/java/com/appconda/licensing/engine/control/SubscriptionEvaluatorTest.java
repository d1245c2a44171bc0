package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.days;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.timeVolume;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.TimeVolumePeriod.DAY;
import static com.appconda.licensing.engine.spi.TimeVolumePeriod.MONTH;
import static com.appconda.licensing.engine.spi.TimeVolumePeriod.YEAR;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;

import com.appconda.licensing.engine.spi.Effect.CreateEvaluationLicense;
import com.appconda.licensing.engine.spi.Effect.StartLicense;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionEvaluatorTest {

    private static final TemplateSnapshot MONTHLY = new TemplateSnapshot(
            "T-MONTH", "Monthly", LicenseType.TIMEVOLUME, true, false, false, BigDecimal.TEN, 1, MONTH, 0, 0, Map.of());
    private static final TemplateSnapshot TRIAL = TemplateSnapshot.of("T-TRIAL", LicenseType.TIMEVOLUME)
            .withAutomatic(true)
            .withTimeVolume(14, DAY);
    private static final ModuleRequest NONE = ModuleRequest.empty();
    private static final Instant MAY_15 = Instant.parse("2025-05-15T12:00:00Z");

    private static ModuleSnapshot subscription(LicenseSnapshot... licenses) {
        return Fixtures.module("Subscription", licenses).withTemplates(MONTHLY);
    }

    private static LicenseSnapshot monthly(String number, Instant start) {
        return timeVolume(number, "T-MONTH", start, 1, MONTH);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Stream<Arguments> subscriptionCases() {
        return Stream.of(
                row(
                        "valid a millisecond before expiry, and YELLOW past 80 %",
                        subscription(monthly("L1", MAY_15)),
                        NONE,
                        NOW.minusMillis(1),
                        valid(YELLOW).field("expires", NOW)),
                row(
                        "valid a second before expiry",
                        subscription(monthly("L1", MAY_15)),
                        NONE,
                        NOW.minusSeconds(1),
                        valid(YELLOW)),
                row(
                        "invalid and RED at the exact instant of expiry",
                        subscription(monthly("L1", MAY_15)),
                        NONE,
                        NOW,
                        invalid(RED, SubscriptionEvaluator.EXPIRED).field("expires", NOW)),
                row(
                        "a month from 31 January ends 28 February 00:00Z: valid at 27 February 23:59:59Z",
                        subscription(monthly("L1", at("2025-01-31T00:00:00Z"))),
                        NONE,
                        at("2025-02-27T23:59:59Z"),
                        valid(YELLOW).field("expires", at("2025-02-28T00:00:00Z"))),
                row(
                        "a month from 31 January is over at 28 February 00:00Z",
                        subscription(monthly("L1", at("2025-01-31T00:00:00Z"))),
                        NONE,
                        at("2025-02-28T00:00:00Z"),
                        invalid(RED, SubscriptionEvaluator.EXPIRED)),
                row(
                        "exactly 80 % of the period used is YELLOW",
                        subscription(timeVolume("L1", "T-X", days(NOW, -8), 10, DAY)), NONE, NOW, valid(YELLOW)),
                row(
                        "a renewal bought before expiry is appended after it",
                        subscription(
                                monthly("L1", at("2025-05-20T00:00:00Z")), monthly("L2", at("2025-06-10T00:00:00Z"))),
                        NONE,
                        NOW,
                        valid(GREEN).field("expires", at("2025-07-20T00:00:00Z"))),
                row(
                        "a renewal after a gap starts on its own date",
                        subscription(
                                monthly("L1", at("2025-04-01T00:00:00Z")), monthly("L2", at("2025-06-01T00:00:00Z"))),
                        NONE,
                        NOW,
                        valid(GREEN).field("expires", at("2025-07-01T00:00:00Z"))),
                row(
                        "the grace period keeps it valid after expiry, RED",
                        subscription(monthly("L1", days(MAY_15, -1))).withParameter("gracePeriod", "3"),
                        NONE,
                        NOW,
                        valid(RED).reason(SubscriptionEvaluator.IN_GRACE_PERIOD).field("expires", days(NOW, -1))),
                row(
                        "the grace period ends at expiry + grace days",
                        subscription(monthly("L1", days(MAY_15, -3))).withParameter("gracePeriod", "3"),
                        NONE,
                        NOW,
                        invalid(RED, SubscriptionEvaluator.EXPIRED)),
                row(
                        "the first validation of a new licensee issues the free trial",
                        subscription().withTemplates(MONTHLY, TRIAL),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .field("expires", days(NOW, 14))
                                .effects(new CreateEvaluationLicense("T-TRIAL", NOW))),
                row(
                        "no trial for a licensee who had a subscription, even an inactive one",
                        subscription(monthly("L1", MAY_15).withActive(false)).withTemplates(MONTHLY, TRIAL),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "an inactive license is ignored",
                        subscription(
                                timeVolume("L0", "T-YEAR", MAY_15, 1, YEAR).withActive(false), monthly("L1", MAY_15)),
                        NONE,
                        NOW,
                        invalid(RED, SubscriptionEvaluator.EXPIRED)),
                row(
                        "an unstarted license starts at first validation",
                        subscription(monthly("L1", null)),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .field("expires", at("2025-07-15T12:00:00Z"))
                                .effects(new StartLicense("L1", NOW))),
                row(
                        "the license's copied month wins over a template changed to a year",
                        subscription(monthly("L1", MAY_15)).withTemplates(MONTHLY.withTimeVolume(1, YEAR)),
                        NONE,
                        NOW,
                        invalid(RED, SubscriptionEvaluator.EXPIRED)),
                row(
                        "a licensee with no licenses and no trial is invalid",
                        subscription(),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "a negative grace period is an invalid parameter",
                        subscription(monthly("L1", MAY_15)).withParameter("gracePeriod", "-1"),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subscriptionCases")
    void subscriptionIsValidWhilePaidPeriodsCoverNow(Fixtures.Case row) {
        Fixtures.check(new SubscriptionEvaluator(), row);
    }
}
