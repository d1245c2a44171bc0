package com.appconda.licensing.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.payment.entity.Country;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The VAT rates file: the real one on the classpath, and what a malformed one does. */
class VatRatesTest {

    private static final Set<String> MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private final VatRates rates = VatRates.fromClasspath();

    @Test
    void theFileHoldsTheTwentySevenMemberStatesAndNoOtherAsEu() {
        Set<String> eu =
                rates.all().stream().filter(Country::eu).map(Country::code).collect(Collectors.toSet());

        assertThat(eu).hasSize(27).isEqualTo(MEMBER_STATES);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"DE, 19", "AT, 20", "FI, 25.5", "HU, 27", "LU, 17", "EE, 24", "RO, 21", "SK, 23", "GR, 24"})
    void memberStatesHaveTheirStandardRate(String code, BigDecimal percent) {
        assertThat(rates.country(code)).get().extracting(Country::vatPercent).isEqualTo(percent);
    }

    @Test
    void everyCodeIsTwoUpperCaseLettersAndUnique() {
        List<String> codes = rates.all().stream().map(Country::code).toList();

        assertThat(codes).allMatch(code -> code.matches("[A-Z]{2}")).doesNotHaveDuplicates();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(27 + 15).contains("GB", "CH", "NO", "US", "JP");
    }

    @Test
    void countriesOutsideTheEuHaveNoVat() {
        assertThat(rates.all().stream().filter(country -> !country.eu()))
                .isNotEmpty()
                .allMatch(country -> country.vatPercent().signum() == 0);
    }

    @Test
    void aCountryIsFoundInAnyCaseAndWithBlanks() {
        assertThat(rates.country(" de ")).get().extracting(Country::name).isEqualTo("Germany");
        assertThat(rates.country("gr")).get().extracting(Country::eu).isEqualTo(true);
        assertThat(rates.country("XX")).isEmpty();
        assertThat(rates.country(null)).isEmpty();
    }

    @Test
    void allIsSortedByName() {
        assertThat(rates.all()).extracting(Country::name).isSorted();
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        VatRates read = new VatRates(new StringReader("# a comment\n\ncode,name,vat_percent,eu\n# DE below\n"
                + "DE,Germany,19,true\n\nUS,United States,0,false\n"));

        assertThat(read.all())
                .containsExactly(
                        new Country("DE", "Germany", new BigDecimal("19"), true),
                        new Country("US", "United States", BigDecimal.ZERO, false));
    }

    @ParameterizedTest(name = "line {1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DE,Germany,19                 | 3",
                "DE,Germany,19,true,extra      | 3",
                "DE,Germany,nineteen,true      | 3",
                "DE,Germany,-1,true            | 3",
                "DE,Germany,100,true           | 3",
                "DEU,Germany,19,true           | 3",
                "de,Germany,19,true            | 3",
                "DE,,19,true                   | 3",
                "DE,Germany,19,yes             | 3",
                "FR,France,20,true             | 4",
            })
    void aMalformedLineFailsNamingItsNumber(String line, int number) {
        List<String> lines = List.of("# rates", "code,name,vat_percent,eu", line, "FR,France,20,true");

        assertThatThrownBy(() -> new VatRates(lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line " + number + ":");
    }

    @Test
    void aFileWithoutItsHeaderFails() {
        assertThatThrownBy(() -> new VatRates(List.of("DE,Germany,19,true")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1:")
                .hasMessageContaining("code,name,vat_percent,eu");
        assertThatThrownBy(() -> new VatRates(List.of("# nothing")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no header");
    }
}
