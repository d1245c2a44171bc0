package com.appconda.licensing.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV lines as RFC 4180 and spreadsheets read them: quoted where needed, and never a formula from a customer. */
class CsvLineTest {

    @Test
    void fieldsAreSeparatedByCommasAndTheLineEndsInCrLf() {
        assertThat(CsvLine.of("T1", 2, true, null, Instant.parse("2026-12-04T10:00:00Z")))
                .isEqualTo("T1,2,true,,2026-12-04T10:00:00Z\r\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            value = {
                "Müller, Anna       | ^\"Müller, Anna\"^",
                "say \"hi\"         | ^\"say \"\"hi\"\"\"^",
                "=HYPERLINK(\"x\")  | ^\"'=HYPERLINK(\"\"x\"\")\"^",
                "+49 30 1234        | '+49 30 1234",
                "-2+3               | '-2+3",
                "@SUM(A1)           | '@SUM(A1)",
                "buyer@example.com  | buyer@example.com"
            })
    void textIsQuotedWhereItMustBeAndAFormulaIsDefused(String text, String written) {
        assertThat(CsvLine.field(text.strip())).isEqualTo(written.strip());
    }

    @Test
    void aLineBreakInsideAFieldStaysInsideItsQuotes() {
        assertThat(CsvLine.of("a\nb", "c")).isEqualTo("\"a\nb\",c\r\n");
    }

    @Test
    void amountsAreWrittenPlainAndANegativeOneIsANumberNotAFormula() {
        assertThat(CsvLine.of(new BigDecimal("-8.1700"), new BigDecimal("1E+1"), new BigDecimal("0.0000")))
                .isEqualTo("-8.17,10,0\r\n");
    }
}
