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

import com.appconda.licensing.engine.spi.Effect.StartLicense;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PricingTableEvaluatorTest {

    private static final String SKUDEF = """
            [{"number": "export", "name": "Export", "type": "FEATURE"},
             {"number": "users", "name": "Users", "type": "QUOTA"}]""";
    private static final String FREE_SKUS = "{\"export\": false, \"users\": 1}";
    private static final String PRO_SKUS = "{\"export\": true, \"users\": 10}";
    private static final TemplateSnapshot FREE =
            TemplateSnapshot.of("P-FREE", LicenseType.FEATURE).withName("Free").withProperty("skus", FREE_SKUS);
    private static final TemplateSnapshot PRO = TemplateSnapshot.of("P-PRO", LicenseType.TIMEVOLUME)
            .withName("Pro")
            .withTimeVolume(1, TimeVolumePeriod.MONTH)
            .withProperty("skus", PRO_SKUS);
    private static final ModuleRequest NONE = ModuleRequest.empty();
    private static final Instant MAY_15 = Instant.parse("2025-05-15T12:00:00Z");

    private static ModuleSnapshot table(LicenseSnapshot... licenses) {
        return Fixtures.module("PricingTable", licenses)
                .withParameter("skudef", SKUDEF)
                .withTemplates(FREE, PRO);
    }

    private static LicenseSnapshot free() {
        return feature("LF", "P-FREE").withProperty("skus", FREE_SKUS);
    }

    private static LicenseSnapshot pro(Instant start) {
        return Fixtures.timeVolume("LP", "P-PRO", start, 1, TimeVolumePeriod.MONTH)
                .withProperty("skus", PRO_SKUS);
    }

    static Stream<Arguments> pricingTableCases() {
        return Stream.of(
                row(
                        "a one-time plan is the current plan, its SKUs answered one by one",
                        table(free()),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .field("pricingPlanId", "P-FREE")
                                .field("pricingPlanName", "Free")
                                .field("pricingPlanType", "ONETIME")
                                .field("activePricingPlans", List.of("P-FREE"))
                                .item("export", "valid", false, "name", "Export", "type", "FEATURE")
                                .item("users", "valid", true, "quota", 1L, "type", "QUOTA")),
                row(
                        "the plan started last is current; SKUs combine over active plans",
                        table(free(), pro(days(NOW, -10))),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .field("pricingPlanId", "P-PRO")
                                .field("pricingPlanType", "RECURRING")
                                .field("activePricingPlans", List.of("P-FREE", "P-PRO"))
                                .item("export", "valid", true)
                                .item("users", "quota", 11L)),
                row(
                        "a recurring plan is valid a millisecond before it ends, YELLOW past 80 %",
                        table(pro(MAY_15)),
                        NONE,
                        NOW.minusMillis(1),
                        valid(YELLOW).field("pricingPlanId", "P-PRO")),
                row(
                        "a recurring plan is over at the exact instant it ends",
                        table(pro(MAY_15)),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)
                                .field("activePricingPlans", List.of())
                                .item("export", "valid", false)
                                .item("users", "valid", false, "quota", 0L)),
                row(
                        "a plan ending at 00:00Z is valid at 23:59:59Z",
                        table(pro(Instant.parse("2025-05-16T00:00:00Z"))),
                        NONE,
                        BEFORE_MIDNIGHT,
                        valid(YELLOW)),
                row(
                        "a plan ending at 00:00Z is over at 00:00Z",
                        table(pro(Instant.parse("2025-05-16T00:00:00Z"))),
                        NONE,
                        MIDNIGHT,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "an inactive plan does not count",
                        table(free().withActive(false)),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE).item("users", "quota", 0L)),
                row(
                        "a licensee with no licenses has no plan",
                        table(),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE).item("export", "valid", false)),
                row(
                        "the plan's SKUs copied to the license win over a template changed after issue",
                        table(pro(days(NOW, -10))).withTemplates(FREE, PRO.withProperty("skus", "{\"export\": false}")),
                        NONE,
                        NOW,
                        valid(GREEN).item("export", "valid", true).item("users", "quota", 10L)),
                row(
                        "a license without its own SKUs falls back to its template's",
                        table(feature("LF", "P-FREE")),
                        NONE,
                        NOW,
                        valid(GREEN).item("users", "quota", 1L)),
                row(
                        "an unlimited SKU quota wins",
                        table(free().withProperty("skus", "{\"users\": -1}"), pro(days(NOW, -10))),
                        NONE,
                        NOW,
                        valid(GREEN).item("users", "quota", -1L)),
                row(
                        "a recurring plan issued without a start date starts at first validation",
                        table(pro(null)),
                        NONE,
                        NOW,
                        valid(GREEN).effects(new StartLicense("LP", NOW))),
                row(
                        "a module without skudef is answered invalid",
                        Fixtures.module("PricingTable", free()),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.MISSING_PARAMETER)),
                row(
                        "a malformed skudef is an invalid parameter",
                        table(free()).withParameter("skudef", "[{\"number\": \"x\", \"type\": \"BOGUS\"}]"),
                        NONE,
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pricingTableCases")
    void pricingTableAnswersThePlanAndEverySku(Fixtures.Case row) {
        Fixtures.check(new PricingTableEvaluator(), row);
    }
}
