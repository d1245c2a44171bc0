package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.quantity;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;

import com.appconda.licensing.engine.spi.Effect.WriteOffQuantity;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayPerUseEvaluatorTest {

    private static ModuleSnapshot prePay(LicenseSnapshot... licenses) {
        return Fixtures.module("PayPerUse", licenses);
    }

    private static ModuleSnapshot postPay(LicenseSnapshot... licenses) {
        return prePay(licenses).withParameter("paymentMode", "POSTPAY");
    }

    private static ModuleRequest use(long amount) {
        return ModuleRequest.of("usedQuantity", Long.toString(amount));
    }

    static Stream<Arguments> payPerUseCases() {
        return Stream.of(
                row(
                        "pre-pay writes off what is used",
                        prePay(quantity("L1", 100, 10)),
                        use(5),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 85L).effects(new WriteOffQuantity("L1", 5))),
                row(
                        "writing off the last unit is valid and leaves RED",
                        prePay(quantity("L1", 10, 9)),
                        use(1),
                        NOW,
                        valid(RED).field("remainingQuantity", 0L).effects(new WriteOffQuantity("L1", 1))),
                row(
                        "reaching 80 % used is YELLOW",
                        prePay(quantity("L1", 10, 7)),
                        use(1),
                        NOW,
                        valid(YELLOW).field("remainingQuantity", 2L).effects(new WriteOffQuantity("L1", 1))),
                row(
                        "pre-pay refuses one unit more than remains, and writes off nothing",
                        prePay(quantity("L1", 10, 9)),
                        use(2),
                        NOW,
                        invalid(YELLOW, PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)
                                .field("remainingQuantity", 1L)),
                row(
                        "no parameter means 0: valid while credits remain, nothing written off",
                        prePay(quantity("L1", 10, 3)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 7L)),
                row(
                        "no parameter with nothing left is invalid",
                        prePay(quantity("L1", 10, 10)),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.QUANTITY_EXHAUSTED)),
                row(
                        "reserveQuantity checks without writing off",
                        prePay(quantity("L1", 10, 5)),
                        ModuleRequest.of("reserveQuantity", "5"),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 5L)),
                row(
                        "reserveQuantity beyond the remainder is refused",
                        prePay(quantity("L1", 10, 5)),
                        ModuleRequest.of("reserveQuantity", "6"),
                        NOW,
                        invalid(GREEN, PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)),
                row(
                        "a write-off spans licenses in order",
                        prePay(quantity("L1", 10, 8), quantity("L2", 10, 0)),
                        use(5),
                        NOW,
                        valid(GREEN)
                                .field("remainingQuantity", 7L)
                                .effects(new WriteOffQuantity("L1", 2), new WriteOffQuantity("L2", 3))),
                row(
                        "an inactive license's credits do not count",
                        prePay(quantity("L0", 100, 0).withActive(false), quantity("L1", 10, 9)),
                        use(2),
                        NOW,
                        invalid(YELLOW, PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)),
                row(
                        "post-pay always writes off and may go negative, with a warning",
                        postPay(quantity("L1", 10, 9)),
                        use(3),
                        NOW,
                        valid(RED)
                                .reason(PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)
                                .field("remainingQuantity", -2L)
                                .effects(new WriteOffQuantity("L1", 3))),
                row(
                        "post-pay within the credits is an ordinary write-off",
                        postPay(quantity("L1", 10, 0)),
                        use(3),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 7L).effects(new WriteOffQuantity("L1", 3))),
                row(
                        "a licensee with no licenses is invalid",
                        prePay(),
                        use(1),
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "the license's copied quantity wins over a template changed after issue",
                        prePay(quantity("L1", 10, 9)).withTemplates(Fixtures.quantityTemplate(1000)),
                        use(2),
                        NOW,
                        invalid(YELLOW, PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)),
                row(
                        "a negative usedQuantity is an invalid parameter",
                        prePay(quantity("L1", 10, 0)),
                        use(-1),
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)),
                row(
                        "an unknown payment mode is an invalid parameter",
                        prePay(quantity("L1", 10, 0)).withParameter("paymentMode", "LATER"),
                        use(1),
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payPerUseCases")
    void payPerUseWritesOffOnlyWhatIsPaidFor(Fixtures.Case row) {
        Fixtures.check(new PayPerUseEvaluator(), row);
    }
}
