package com.appconda.licensing.catalog.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The values a template or a license may hold (#10 defect 6: -2, the smallest long and -3 were accepted). */
class LicenseTermsTest {

    private static LicenseTerms terms(Integer volume, TimeVolumePeriod period, Integer sessions, Long quantity) {
        return new LicenseTerms(BigDecimal.ZERO, "EUR", volume, period, sessions, quantity);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(LicenseType.QUANTITY, terms(null, null, null, -2L), "quantity"),
                Arguments.of(LicenseType.QUANTITY, terms(null, null, null, Long.MIN_VALUE), "quantity"),
                Arguments.of(LicenseType.QUANTITY, terms(null, null, null, null), "quantity"),
                Arguments.of(LicenseType.FEATURE, terms(null, null, null, -2L), "quantity"),
                Arguments.of(LicenseType.TIMEVOLUME, terms(-3, TimeVolumePeriod.DAY, null, null), "timeVolume"),
                Arguments.of(LicenseType.TIMEVOLUME, terms(0, TimeVolumePeriod.DAY, null, null), "timeVolume"),
                Arguments.of(LicenseType.TIMEVOLUME, terms(101, TimeVolumePeriod.YEAR, null, null), "timeVolume"),
                Arguments.of(LicenseType.TIMEVOLUME, terms(1, null, null, null), "timeVolume"),
                Arguments.of(LicenseType.FLOATING, terms(null, null, 0, null), "maxSessions"),
                Arguments.of(LicenseType.FLOATING, terms(null, null, 1_000_001, null), "maxSessions"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refused")
    void valuesNoLicenseCanHoldAreRefusedNamingTheField(LicenseType type, LicenseTerms terms, String field) {
        assertThatThrownBy(() -> terms.requireValidFor(type))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.fields())
                                .containsKey(field));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(LicenseType.QUANTITY, terms(null, null, null, -1L)),
                Arguments.of(LicenseType.QUANTITY, terms(null, null, null, 0L)),
                Arguments.of(LicenseType.TIMEVOLUME, terms(100, TimeVolumePeriod.YEAR, null, null)),
                Arguments.of(LicenseType.TIMEVOLUME, terms(36_525, TimeVolumePeriod.DAY, null, null)),
                Arguments.of(LicenseType.FLOATING, terms(null, null, 5, null)),
                Arguments.of(LicenseType.FEATURE, terms(null, null, null, null)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("accepted")
    void valuesWithinRangeAreAccepted(LicenseType type, LicenseTerms terms) {
        assertThatCode(() -> terms.requireValidFor(type)).doesNotThrowAnyException();
    }
}
