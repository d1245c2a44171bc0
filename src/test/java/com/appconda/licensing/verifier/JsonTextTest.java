package com.appconda.licensing.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsRefusedNotAStackOverflow() {
        assertThat(JsonText.parse("[".repeat(32) + "]".repeat(32))).isInstanceOf(java.util.List.class);
        assertThatThrownBy(() -> JsonText.parse("[".repeat(33) + "]".repeat(33)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deeper");
        assertThatThrownBy(() -> JsonText.parse("{\"a\":".repeat(100_000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonTextReadsObjectsArraysAndScalars() {
        Object value = JsonText.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\\"\\u0041\", \"c\": {}} ");

        assertThat(value)
                .isEqualTo(Map.of(
                        "a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, false, null),
                        "b", "x\"A",
                        "c", Map.of()));
        assertThat(JsonText.parse("[]")).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "tru", "[1] 2", "\"open", "{\"a\": -}"})
    void jsonTextRejectsMalformedDocuments(String text) {
        assertThatThrownBy(() -> JsonText.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
