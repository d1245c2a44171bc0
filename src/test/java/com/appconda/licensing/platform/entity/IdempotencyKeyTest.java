package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"k", "3f2c7a1e-9b4d-4c8e-a0f1-6d2b5e8c9a07", "order:42/retry#1", "~!@$%^&*()_+={}[]|\\"})
    void aKeyOfVisibleAsciiCharactersNamesARequest(String key) {
        assertThat(IdempotencyRecord.isWellFormedKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                " k",
                "a b",
                "a\u0001b",
                "a\tb",
                "k\u007f",
                "\u00ff\u00fe",
                "a\rX-Injected: 1",
                "schlüssel",
                "\u200bk"
            })
    void aKeyWithSpacesControlsOrOtherCharactersIsRefused(String key) {
        assertThat(IdempotencyRecord.isWellFormedKey(key)).isFalse();
    }

    @Test
    void aKeyIsAtMostTwoHundredCharacters() {
        assertThat(IdempotencyRecord.isWellFormedKey("k".repeat(IdempotencyRecord.MAX_KEY_LENGTH)))
                .isTrue();
        assertThat(IdempotencyRecord.isWellFormedKey("k".repeat(IdempotencyRecord.MAX_KEY_LENGTH + 1)))
                .isFalse();
        assertThat(IdempotencyRecord.isWellFormedKey(null)).isFalse();
    }
}
