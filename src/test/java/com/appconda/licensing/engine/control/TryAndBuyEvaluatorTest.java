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

import com.appconda.licensing.engine.spi.Effect.CreateEvaluationLicense;
import com.appconda.licensing.engine.spi.Effect.StartLicense;
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

class TryAndBuyEvaluatorTest {

    private static final TemplateSnapshot EVALUATION = TemplateSnapshot.of("T-EVAL", LicenseType.TIMEVOLUME)
            .withAutomatic(true)
            .withTimeVolume(14, TimeVolumePeriod.DAY);
    private static final TemplateSnapshot PURCHASE = TemplateSnapshot.of("T-BUY", LicenseType.FEATURE);
    private static final ModuleRequest NONE = ModuleRequest.empty();

    private static ModuleSnapshot product(LicenseSnapshot... licenses) {
        return Fixtures.module("TryAndBuy", licenses).withTemplates(EVALUATION, PURCHASE);
    }

    /** An evaluation license of 14 days that ends at {@code end}. */
    private static LicenseSnapshot evaluationEndingAt(Instant end) {
        return Fixtures.timeVolume("L-EVAL", "T-EVAL", days(end, -14), 14, TimeVolumePeriod.DAY);
    }

    static Stream<Arguments> tryAndBuyCases() {
        return Stream.of(
                row(
                        "the first validation issues the evaluation license stamped now",
                        product(),
                        NONE,
                        NOW,
                        valid(YELLOW)
                                .field("evaluation", true)
                                .field("evaluationExpires", days(NOW, 14))
                                .effects(new CreateEvaluationLicense("T-EVAL", NOW))),
                row(
                        "an active purchase license is valid and not in evaluation",
                        product(feature("L-BUY", "T-BUY"), evaluationEndingAt(NOW)),
                        NONE,
                        NOW,
                        valid(GREEN).field("evaluation", false)),
                row(
                        "in evaluation a millisecond before it ends",
                        product(evaluationEndingAt(NOW)),
                        NONE,
                        NOW.minusMillis(1),
                        valid(YELLOW).field("evaluation", true).field("evaluationExpires", NOW)),
                row(
                        "in evaluation a second before it ends",
                        product(evaluationEndingAt(NOW)),
                        NONE,
                        NOW.minusSeconds(1),
                        valid(YELLOW).field("evaluation", true)),
                row(
                        "the evaluation is over at the exact instant it ends",
                        product(evaluationEndingAt(NOW)),
                        NONE,
                        NOW,
                        invalid(RED, TryAndBuyEvaluator.EVALUATION_EXPIRED).field("evaluationExpires", NOW)),
                row(
                        "an evaluation ending at 00:00Z is valid at 23:59:59Z",
                        product(evaluationEndingAt(MIDNIGHT)),
                        NONE,
                        BEFORE_MIDNIGHT,
                        valid(YELLOW)),
                row(
                        "an evaluation ending at 00:00Z is over at 00:00Z",
                        product(evaluationEndingAt(MIDNIGHT)),
                        NONE,
                        MIDNIGHT,
                        invalid(RED, TryAndBuyEvaluator.EVALUATION_EXPIRED)),
                row(
                        "an evaluation issued without a start date starts at first validation",
                        product(evaluationEndingAt(NOW).withStartDate(null)),
                        NONE,
                        NOW,
                        valid(YELLOW)
                                .field("evaluationExpires", days(NOW, 14))
                                .effects(new StartLicense("L-EVAL", NOW))),
                row(
                        "a deactivated evaluation is not replaced by a fresh one",
                        product(evaluationEndingAt(days(NOW, 10)).withActive(false)),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "an inactive purchase license does not count",
                        product(feature("L-BUY", "T-BUY").withActive(false), evaluationEndingAt(NOW)),
                        NONE,
                        NOW,
                        invalid(RED, TryAndBuyEvaluator.EVALUATION_EXPIRED)),
                row(
                        "buying after the evaluation ran out makes it valid",
                        product(evaluationEndingAt(days(NOW, -30)), feature("L-BUY", "T-BUY")),
                        NONE,
                        NOW,
                        valid(GREEN).field("evaluation", false)),
                row(
                        "the license's copied 14 days win over a template changed to 30 days",
                        product(evaluationEndingAt(NOW))
                                .withTemplates(EVALUATION.withTimeVolume(30, TimeVolumePeriod.DAY), PURCHASE),
                        NONE,
                        NOW,
                        invalid(RED, TryAndBuyEvaluator.EVALUATION_EXPIRED)),
                row(
                        "a licensee with no licenses and no evaluation template is invalid",
                        Fixtures.module("TryAndBuy").withTemplates(PURCHASE),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tryAndBuyCases")
    void tryAndBuyIsValidWhileEvaluatingOrBought(Fixtures.Case row) {
        Fixtures.check(new TryAndBuyEvaluator(), row);
    }
}
