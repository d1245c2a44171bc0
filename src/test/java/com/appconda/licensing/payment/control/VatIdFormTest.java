package com.appconda.licensing.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.payment.entity.Country;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The form of EU VAT numbers, country by country, as VIES documents it. */
class VatIdFormTest {

    /** One number of valid form for every member state. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("AT", "ATU12345678"),
            Map.entry("BE", "BE0123456789"),
            Map.entry("BG", "BG123456789"),
            Map.entry("HR", "HR12345678901"),
            Map.entry("CY", "CY12345678L"),
            Map.entry("CZ", "CZ12345678"),
            Map.entry("DK", "DK12345678"),
            Map.entry("EE", "EE123456789"),
            Map.entry("FI", "FI12345678"),
            Map.entry("FR", "FRXX123456789"),
            Map.entry("DE", "DE123456789"),
            Map.entry("GR", "EL123456789"),
            Map.entry("HU", "HU12345678"),
            Map.entry("IE", "IE1234567WA"),
            Map.entry("IT", "IT12345678901"),
            Map.entry("LV", "LV12345678901"),
            Map.entry("LT", "LT123456789"),
            Map.entry("LU", "LU12345678"),
            Map.entry("MT", "MT12345678"),
            Map.entry("NL", "NL123456789B01"),
            Map.entry("PL", "PL1234567890"),
            Map.entry("PT", "PT123456789"),
            Map.entry("RO", "RO1234567890"),
            Map.entry("SK", "SK1234567890"),
            Map.entry("SI", "SI12345678"),
            Map.entry("ES", "ESX1234567X"),
            Map.entry("SE", "SE123456789001"));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "AT, ATU12345678",
        "BE, BE0123456789",
        "BE, BE1234567890",
        "BG, BG1234567890",
        "CZ, CZ1234567890",
        "DE, DE123456789",
        "FR, FR12345678901",
        "FR, FRAB123456789",
        "GR, EL123456789",
        "EL, EL123456789",
        "IE, IE1234567T",
        "IE, IE1234567WA",
        "IE, IE1S23456T",
        "IT, IT12345678901",
        "LT, LT123456789012",
        "NL, NL123456789B01",
        "ES, ESX1234567X",
        "ES, ESA12345678",
        "ES, ES12345678Z",
        "SE, SE123456789001",
        "CY, CY12345678L",
        "PL, PL1234567890",
        "RO, RO12",
    })
    void aNumberOfItsCountrysFormIsValid(String country, String vatId) {
        assertThat(VatIdForm.valid(country, vatId)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "AT, AT12345678", // no U
        "AT, ATU1234567",
        "BE, BE2123456789", // starts with neither 0 nor 1
        "BE, BE123456789",
        "DE, DE12345678",
        "DE, DE1234567890",
        "DE, DEA23456789",
        "DE, 123456789", // no prefix
        "FR, FR1234567890",
        "FR, FRIO123456789", // I and O are not used
        "GR, GR123456789", // Greece's prefix is EL
        "IE, IE1234567",
        "IT, IT1234567890",
        "NL, NL123456789A01",
        "NL, NL123456789B1",
        "ES, ES123456789", // first and last both digits
        "SE, SE123456789012",
        "CY, CY123456789",
        "PL, PL123456789",
        "RO, RO1",
        "AT, DE123456789", // another country's number
        "GB, GB123456789", // not in the EU
    })
    void aNumberNotOfItsCountrysFormIsInvalid(String country, String vatId) {
        assertThat(VatIdForm.valid(country, vatId)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "DE, de 123.456-789",
        "NL, nl 1234.56789-b01",
        "BE, '  BE 0123.456.789 '",
        "GR, el-123-456-789",
        "at, atu 1234 5678",
    })
    void spacesDotsDashesAndCaseAreIgnored(String country, String vatId) {
        assertThat(VatIdForm.valid(country, vatId)).isTrue();
    }

    static Stream<Arguments> memberStates() {
        return VatRates.fromClasspath().all().stream().filter(Country::eu).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("memberStates")
    void everyMemberStateHasAFormAndRefusesAnotherCountrysPrefix(Country country) {
        String sample = SAMPLES.get(country.code());

        assertThat(sample).as("a sample for %s", country.code()).isNotNull();
        assertThat(VatIdForm.valid(country.code(), sample)).isTrue();
        assertThat(VatIdForm.valid(country.code(), "XX" + sample.substring(2))).isFalse();
    }

    @Test
    void aMissingNumberOrCountryIsInvalid() {
        assertThat(VatIdForm.valid("DE", null)).isFalse();
        assertThat(VatIdForm.valid(null, "DE123456789")).isFalse();
        assertThat(VatIdForm.valid("DE", "")).isFalse();
    }

    @Test
    void theNormalizedFormIsUpperCaseWithoutSeparators() {
        assertThat(VatIdForm.normalized(" de 123.456-789 ")).isEqualTo("DE123456789");
        assertThat(VatIdForm.normalized("el\t123 456 789")).isEqualTo("EL123456789");
    }
}
