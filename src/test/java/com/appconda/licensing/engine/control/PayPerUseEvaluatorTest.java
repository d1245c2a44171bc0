package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.quantity;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.spi.Effect.WriteOffQuantity;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PayPerUseEvaluatorTest {

    private static ModuleSnapshot credits(LicenseSnapshot... licenses) {
        return Fixtures.module("PayPerUse", licenses);
    }

    private static ModuleRequest use(long amount) {
        return ModuleRequest.of("usedQuantity", Long.toString(amount));
    }

    private static ModuleRequest reserve(long amount) {
        return ModuleRequest.of("reserveQuantity", Long.toString(amount));
    }

    /** The rule of licensing-models.md (NetLicensing's): the request's parameter chooses pre-pay or post-pay. */
    static Stream<Arguments> payPerUseCases() {
        return Stream.of(
                row(
                        "post-pay writes off what was used",
                        credits(quantity("L1", 100, 10)),
                        use(5),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 85L).effects(new WriteOffQuantity("L1", 5))),
                row(
                        "reaching 80 % used is YELLOW",
                        credits(quantity("L1", 10, 7)),
                        use(1),
                        NOW,
                        valid(YELLOW).field("remainingQuantity", 2L).effects(new WriteOffQuantity("L1", 1))),
                row(
                        "post-pay writing off the last unit answers invalid: nothing remains after it",
                        credits(quantity("L1", 10, 9)),
                        use(1),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.QUANTITY_EXHAUSTED)
                                .field("remainingQuantity", 0L)
                                .effects(new WriteOffQuantity("L1", 1))),
                row(
                        "post-pay beyond the credits is written off, goes negative and answers invalid",
                        credits(quantity("L1", 10, 9)),
                        use(3),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING)
                                .field("remainingQuantity", -2L)
                                .effects(new WriteOffQuantity("L1", 3))),
                row(
                        "no parameter means usedQuantity 0: valid while credits remain, nothing written off",
                        credits(quantity("L1", 10, 3)),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 7L)),
                row(
                        "no parameter with nothing left is invalid",
                        credits(quantity("L1", 10, 10)),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.QUANTITY_EXHAUSTED)),
                row(
                        "pre-pay: a reservation that fits is written off (4 of 10 leaves 6)",
                        credits(quantity("L1", 10, 0)),
                        reserve(4),
                        NOW,
                        valid(GREEN).field("remainingQuantity", 6L).effects(new WriteOffQuantity("L1", 4))),
                row(
                        "pre-pay: reserving exactly what remains is valid and leaves RED",
                        credits(quantity("L1", 10, 5)),
                        reserve(5),
                        NOW,
                        valid(RED).field("remainingQuantity", 0L).effects(new WriteOffQuantity("L1", 5))),
                row(
                        "pre-pay: one unit more than remains is refused and writes off nothing",
                        credits(quantity("L1", 10, 5)),
                        reserve(6),
                        NOW,
                        invalid(GREEN, PayPerUseEvaluator.QUANTITY_EXCEEDS_REMAINING)
                                .field("remainingQuantity", 5L)),
                row(
                        "pre-pay with nothing left is refused, even for nothing",
                        credits(quantity("L1", 10, 10)),
                        reserve(0),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.QUANTITY_EXHAUSTED)),
                row(
                        "a write-off spans licenses in order",
                        credits(quantity("L1", 10, 8), quantity("L2", 10, 0)),
                        use(5),
                        NOW,
                        valid(GREEN)
                                .field("remainingQuantity", 7L)
                                .effects(new WriteOffQuantity("L1", 2), new WriteOffQuantity("L2", 3))),
                row(
                        "an inactive license's credits do not count",
                        credits(quantity("L0", 100, 0).withActive(false), quantity("L1", 10, 9)),
                        reserve(2),
                        NOW,
                        invalid(YELLOW, PayPerUseEvaluator.QUANTITY_EXCEEDS_REMAINING)),
                row(
                        "a license of quantity -1 makes the credits unlimited; the use is still written off",
                        credits(quantity("L1", -1, 40)),
                        use(3),
                        NOW,
                        valid(GREEN).field("remainingQuantity", -1L).effects(new WriteOffQuantity("L1", 3))),
                row(
                        "a licensee with no licenses is invalid",
                        credits(),
                        use(1),
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "the license's copied quantity wins over a template changed after issue",
                        credits(quantity("L1", 10, 9)).withTemplates(Fixtures.quantityTemplate(1000)),
                        reserve(2),
                        NOW,
                        invalid(YELLOW, PayPerUseEvaluator.QUANTITY_EXCEEDS_REMAINING)),
                row(
                        "a negative usedQuantity is an invalid parameter",
                        credits(quantity("L1", 10, 0)),
                        use(-1),
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)),
                row(
                        "#10 defect 7: a usedQuantity beyond any real quantity is an invalid parameter",
                        credits(quantity("L1", 100, 0)),
                        use(Long.MAX_VALUE),
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)),
                row(
                        "#10 defect 7: a write-off that would overflow the used counter writes nothing",
                        credits(quantity("L1", 100, Long.MAX_VALUE - 1)),
                        use(5),
                        NOW,
                        invalid(RED, PayPerUseEvaluator.QUANTITY_OUT_OF_RANGE)));
    }

    @Test
    void usedAndReservedTogetherAreABadRequest() {
        PayPerUseEvaluator evaluator = new PayPerUseEvaluator();

        assertThat(evaluator.refusedRequest(ModuleRequest.of("usedQuantity", "1", "reserveQuantity", "1")))
                .containsOnlyKeys("reserveQuantity");
        assertThat(evaluator.refusedRequest(use(1))).isEmpty();
        assertThat(evaluator.refusedRequest(reserve(1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payPerUseCases")
    void payPerUseWritesOffOnlyWhatIsPaidFor(Fixtures.Case row) {
        Fixtures.check(new PayPerUseEvaluator(), row);
    }
}
