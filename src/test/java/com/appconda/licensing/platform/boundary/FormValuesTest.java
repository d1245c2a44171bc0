package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A console form's values read back typed, with bad numbers refused for their own field. */
class FormValuesTest {

    @Test
    void blankTextIsNoValueAndTextIsStripped() {
        FormValues form =
                new FormValues().put("name", "  Lumen  ").put("version", "   ").put("number", null);

        assertThat(form.text("name")).isEqualTo("Lumen");
        assertThat(form.text("version")).isNull();
        assertThat(form.text("number")).isNull();
        assertThat(form.text("absent")).isNull();
    }

    @Test
    void numbersAreReadFromTextOrNumbers() {
        FormValues form = new FormValues().put("price", "9.90").put("seats", 5).put("quantity", "9000000000");

        assertThat(form.decimal("price")).isEqualByComparingTo(new BigDecimal("9.90"));
        assertThat(form.integer("seats")).isEqualTo(5);
        assertThat(form.whole("quantity")).isEqualTo(9_000_000_000L);
    }

    @Test
    void aNumberThatIsNotOneIsRefusedForItsField() {
        FormValues form =
                new FormValues().put("price", "nine").put("seats", "2.5").put("big", "3000000000");

        assertThatThrownBy(() -> form.decimal("price"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("price"));
        assertThatThrownBy(() -> form.integer("seats"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsKey("seats"));
        assertThatThrownBy(() -> form.integer("big")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void flagsAndRevisionsKeepTheirType() {
        FormValues form =
                new FormValues().put("active", true).put("hidden", "false").put("revision", 3L);

        assertThat(form.flag("active")).isTrue();
        assertThat(form.flag("hidden")).isFalse();
        assertThat(form.flag("absent")).isNull();
        assertThat(form.revision()).isEqualTo(3L);
    }
}
