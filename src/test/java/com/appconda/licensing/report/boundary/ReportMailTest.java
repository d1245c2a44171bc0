package com.appconda.licensing.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportMailTest {

    @Test
    void oneAddressIsTakenTrimmed() {
        assertThat(ReportMail.address("  ops@example.com ")).isEqualTo("ops@example.com");
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(
            strings = {
                "",
                "ops",
                "@example.com",
                "a@example.com, b@example.com",
                "Ops <ops@example.com>",
                "ops@exa mple.com"
            })
    void anythingButOneAddressIsRefusedOnTheRecipientField(String given) {
        assertThatThrownBy(() -> ReportMail.address(given))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("recipient"));
    }

    @Test
    void anAddressLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> ReportMail.address("a".repeat(250) + "@example.com"))
                .hasMessageContaining("longer than 254");
    }
}
