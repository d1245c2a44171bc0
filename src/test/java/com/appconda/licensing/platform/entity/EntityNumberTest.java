package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"A", "P-1", "licensee_42", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"})
    void numberAcceptsLettersDigitsDashAndUnderscoreUpTo64(String number) {
        assertThat(EntityNumber.require(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "a b",
                "x/y",
                "ö",
                "1;DROP TABLE product",
                "<script>",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            })
    void numberRejectsAnythingElseNamingTheField(String number) {
        assertThatThrownBy(() -> EntityNumber.require(number))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("number"));
    }

    @Test
    void generatedNumbersCarryThePrefixAndNoLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = EntityNumber.generate('L');
            assertThat(number).matches("L[2-9A-HJKMNP-Z]{10}");
            seen.add(number);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void nullIsNotANumber() {
        assertThat(EntityNumber.isValid(null)).isFalse();
    }
}
