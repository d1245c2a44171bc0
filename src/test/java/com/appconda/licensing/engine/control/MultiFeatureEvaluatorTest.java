package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.feature;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** MultiFeature has no time, quantity or seats: its edges are which licenses count and which features exist. */
class MultiFeatureEvaluatorTest {

    private static final TemplateSnapshot EXPORT =
            TemplateSnapshot.of("F-EXPORT", LicenseType.FEATURE).withName("Export");
    private static final TemplateSnapshot PRINT =
            TemplateSnapshot.of("F-PRINT", LicenseType.FEATURE).withName("Print");
    private static final ModuleRequest NONE = ModuleRequest.empty();

    private static ModuleSnapshot features(LicenseSnapshot... licenses) {
        return Fixtures.module("MultiFeature", licenses).withTemplates(EXPORT, PRINT);
    }

    static Stream<Arguments> multiFeatureCases() {
        return Stream.of(
                row(
                        "a feature is valid when an active license of its template exists",
                        features(feature("L1", "F-EXPORT")),
                        NONE,
                        NOW,
                        valid(GREEN)
                                .item("F-EXPORT", "valid", true, "featureName", "Export")
                                .item("F-PRINT", "valid", false, "featureName", "Print")),
                row(
                        "every licensed feature is valid",
                        features(feature("L1", "F-EXPORT"), feature("L2", "F-PRINT")),
                        NONE,
                        NOW,
                        valid(GREEN).item("F-EXPORT", "valid", true).item("F-PRINT", "valid", true)),
                row(
                        "an inactive license switches nothing on",
                        features(feature("L1", "F-EXPORT").withActive(false)),
                        NONE,
                        NOW,
                        invalid(GREEN, Verdicts.NO_ACTIVE_LICENSE).item("F-EXPORT", "valid", false)),
                row(
                        "a licensee with no licenses gets every feature listed as invalid, and stays GREEN",
                        features(),
                        NONE,
                        NOW,
                        invalid(GREEN, Verdicts.NO_ACTIVE_LICENSE)
                                .item("F-EXPORT", "valid", false)
                                .item("F-PRINT", "valid", false)),
                row(
                        "a license issued as a feature counts after its template was changed to another type",
                        features(feature("L1", "F-EXPORT"))
                                .withTemplates(new TemplateSnapshot(
                                        "F-EXPORT",
                                        "Export",
                                        LicenseType.QUANTITY,
                                        true,
                                        false,
                                        false,
                                        null,
                                        0,
                                        null,
                                        5,
                                        0,
                                        Map.of())),
                        NONE,
                        NOW,
                        valid(GREEN).item("F-EXPORT", "valid", true, "featureName", "Export")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiFeatureCases")
    void multiFeatureSwitchesEachFeatureByItsLicense(Fixtures.Case row) {
        Fixtures.check(new MultiFeatureEvaluator(), row);
    }
}
