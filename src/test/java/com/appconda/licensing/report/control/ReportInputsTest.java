package com.appconda.licensing.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.report.entity.ReportRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportInputsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    void aRangeIsItsDaysInclusive() {
        ReportRange range = ReportInputs.range("2026-11-30", " 2026-12-02 ", TODAY);

        assertThat(range.days())
                .extracting(LocalDate::toString)
                .containsExactly("2026-11-30", "2026-12-01", "2026-12-02");
    }

    @ParameterizedTest(name = "{0}..{1}: {2} {3}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, 2026-12-01, from, 'is required, as a date like 2026-12-01'",
                "2026-12-01, 01.12.2026, to, must be a date like 2026-12-01",
                "2026-12-02, 2026-12-01, to, must not be before from (2026-12-02)",
                "2024-01-01, 2025-01-01, to, must be at most 366 days after from",
                "2026-12-01, 2026-12-04, to, must not be after 2026-12-03 (UTC)"
            })
    void aRangeThatIsNoneIsRefusedFieldByField(String from, String to, String field, String problem) {
        assertThatThrownBy(() -> ReportInputs.range(from, to, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.fields()).containsEntry(field, problem));
    }

    @Test
    void aYearOfDaysIsAllowed() {
        assertThat(ReportInputs.range("2024-01-01", "2024-12-31", TODAY).days()).hasSize(366);
    }

    @Test
    void aCheckpointIntervalIsOneToAThousandLicenseeDaysOrTheJobsDefault() {
        assertThat(ReportInputs.chunkSize(null)).isNull();
        assertThat(ReportInputs.chunkSize(1)).isEqualTo(1);
        assertThat(ReportInputs.chunkSize(1000)).isEqualTo(1000);
        for (int wrong : new int[] {0, -5, 1001}) {
            assertThatThrownBy(() -> ReportInputs.chunkSize(wrong))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fields()).containsEntry("chunkSize", "must be 1 to 1000"));
        }
    }
}
