package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.BEFORE_MIDNIGHT;
import static com.appconda.licensing.engine.control.Fixtures.MIDNIGHT;
import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.days;
import static com.appconda.licensing.engine.control.Fixtures.feature;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RentalEvaluatorTest {

    private static final ModuleRequest NONE = ModuleRequest.empty();
    private static final TemplateSnapshot RENTAL_90_DAYS =
            TemplateSnapshot.of("T-RENT", LicenseType.TIMEVOLUME).withTimeVolume(90, TimeVolumePeriod.DAY);

    private static ModuleSnapshot rental(LicenseSnapshot... licenses) {
        return Fixtures.module("Rental", licenses).withTemplates(TemplateSnapshot.of("T-DEV", LicenseType.FEATURE));
    }

    private static LicenseSnapshot device(String id) {
        return feature(id, "T-DEV");
    }

    /** A 30-day rental of the device that ends at {@code end}. */
    private static LicenseSnapshot rentedUntil(String number, String device, Instant end) {
        return Fixtures.timeVolume(number, "T-RENT", days(end, -30), 30, TimeVolumePeriod.DAY)
                .withProperty("parentfeature", device);
    }

    static Stream<Arguments> rentalCases() {
        return Stream.of(
                row(
                        "more than yellowThreshold days left is GREEN",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", days(NOW, 20))),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .item(
                                        "DEV-1",
                                        "valid",
                                        true,
                                        "expires",
                                        days(NOW, 20),
                                        "expirationWarningLevel",
                                        GREEN)),
                row(
                        "exactly yellowThreshold days left is YELLOW",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", days(NOW, 10))),
                        NONE,
                        NOW,
                        valid(YELLOW).item("DEV-1", "expirationWarningLevel", YELLOW)),
                row(
                        "exactly redThreshold days left is still YELLOW",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", days(NOW, 3))),
                        NONE,
                        NOW,
                        valid(YELLOW).item("DEV-1", "expirationWarningLevel", YELLOW)),
                row(
                        "a millisecond under redThreshold is RED",
                        rental(
                                device("DEV-1"),
                                rentedUntil("R1", "DEV-1", days(NOW, 3).minusMillis(1))),
                        NONE,
                        NOW,
                        valid(RED).item("DEV-1", "valid", true, "expirationWarningLevel", RED)),
                row(
                        "valid a millisecond before the rental ends",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", NOW.plusMillis(1))),
                        NONE,
                        NOW,
                        valid(RED).item("DEV-1", "valid", true)),
                row(
                        "invalid at the exact instant the rental ends",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", NOW)),
                        NONE,
                        NOW,
                        invalid(RED, RentalEvaluator.NO_CURRENT_RENTAL).item("DEV-1", "valid", false, "expires", NOW)),
                row(
                        "a rental ending at 00:00Z is valid at 23:59:59Z",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", MIDNIGHT)),
                        NONE,
                        BEFORE_MIDNIGHT,
                        valid(RED).item("DEV-1", "valid", true)),
                row(
                        "a rental ending at 00:00Z is over at 00:00Z",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", MIDNIGHT)),
                        NONE,
                        MIDNIGHT,
                        invalid(RED, RentalEvaluator.NO_CURRENT_RENTAL).item("DEV-1", "valid", false)),
                row(
                        "each device answers for itself; the module shows the worst level",
                        rental(
                                device("DEV-1"),
                                device("DEV-2"),
                                rentedUntil("R1", "DEV-1", days(NOW, 20)),
                                rentedUntil("R2", "DEV-2", days(NOW, -1))),
                        NONE,
                        NOW,
                        valid(RED).item("DEV-1", "valid", true).item("DEV-2", "valid", false)),
                row(
                        "overlapping rentals of a device merge",
                        rental(
                                device("DEV-1"),
                                rentedUntil("R1", "DEV-1", days(NOW, -10)),
                                rentedUntil("R2", "DEV-1", days(NOW, 15))),
                        NONE,
                        NOW,
                        valid(GREEN).item("DEV-1", "valid", true, "expires", days(NOW, 15))),
                row(
                        "an inactive rental does not count",
                        rental(
                                device("DEV-1"),
                                rentedUntil("R1", "DEV-1", days(NOW, 20)).withActive(false)),
                        NONE,
                        NOW,
                        invalid(RED, RentalEvaluator.NO_CURRENT_RENTAL).item("DEV-1", "valid", false)),
                row(
                        "an inactive device is not listed",
                        rental(device("DEV-1").withActive(false), rentedUntil("R1", "DEV-1", days(NOW, 20))),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "a licensee with no licenses is invalid",
                        rental(),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "the rental's copied 30 days win over a template changed to 90 days",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", NOW)).withTemplates(RENTAL_90_DAYS),
                        NONE,
                        NOW,
                        invalid(RED, RentalEvaluator.NO_CURRENT_RENTAL).item("DEV-1", "valid", false)),
                row(
                        "custom thresholds are module parameters in days",
                        rental(device("DEV-1"), rentedUntil("R1", "DEV-1", days(NOW, 20)))
                                .withParameter("yellowThreshold", "30")
                                .withParameter("redThreshold", "5"),
                        NONE,
                        NOW,
                        valid(YELLOW)),
                row(
                        "redThreshold above yellowThreshold is an invalid parameter",
                        rental(device("DEV-1")).withParameter("redThreshold", "20"),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rentalCases")
    void rentalAnswersPerDevice(Fixtures.Case row) {
        Fixtures.check(new RentalEvaluator(), row);
    }
}
