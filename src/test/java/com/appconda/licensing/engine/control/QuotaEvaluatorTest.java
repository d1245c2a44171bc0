package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.quantity;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuotaEvaluatorTest {

    private static ModuleSnapshot quota(LicenseSnapshot... licenses) {
        return Fixtures.module("Quota", licenses);
    }

    static Stream<Arguments> quotaCases() {
        ModuleRequest none = ModuleRequest.of("usedQuantity", "5");
        return Stream.of(
                row(
                        "the quota is the sum of active licenses' quantities",
                        quota(quantity("L1", 10, 0), quantity("L2", 5, 0)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("quota", 15L)),
                row(
                        "any -1 means unlimited, whatever the others say",
                        quota(quantity("L1", 10, 0), quantity("L2", -1, 0)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("quota", -1L)),
                row(
                        "a quota of exactly 1 is valid and nothing is consumed",
                        quota(quantity("L1", 1, 0)),
                        none,
                        NOW,
                        valid(GREEN).field("quota", 1L)),
                row(
                        "a quota of 0 is invalid and RED",
                        quota(quantity("L1", 0, 0)),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE).field("quota", 0L)),
                row(
                        "an inactive license adds nothing, even an unlimited one",
                        quota(quantity("L1", -1, 0).withActive(false), quantity("L2", 3, 0)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("quota", 3L)),
                row(
                        "a licensee with no licenses has quota 0",
                        quota(),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE).field("quota", 0L)),
                row(
                        "the license's copied quantity wins over a template changed after issue",
                        quota(quantity("L1", 10, 0)).withTemplates(Fixtures.quantityTemplate(-1)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("quota", 10L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotaCases")
    void quotaSumsActiveLicensesAndMinusOneIsUnlimited(Fixtures.Case row) {
        Fixtures.check(new QuotaEvaluator(), row);
    }
}
