package com.appconda.licensing.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.platform.entity.EntityInUseException;
import org.junit.jupiter.api.Test;

class FeedbackWordingTest {

    @Test
    void aFacadesClauseIsShownAsASentence() {
        assertThat(Feedback.sentence("must be a whole number")).isEqualTo("Must be a whole number.");
        assertThat(Feedback.sentence("Already a sentence.")).isEqualTo("Already a sentence.");
        assertThat(Feedback.sentence("")).isEmpty();
    }

    @Test
    void aModelParameterIsEnteredInTheInputOfItsName() {
        assertThat(Feedback.inputId("properties.gracePeriod")).isEqualTo("gracePeriod");
        assertThat(Feedback.inputId("name")).isEqualTo("name");
    }

    @Test
    void theConsoleDoesNotSpeakOfTheApisCascadeParameter() {
        EntityInUseException product = new EntityInUseException("product", "P1", "2 modules");
        EntityInUseException module = new EntityInUseException("product module", "M1", "3 templates");

        assertThat(product.getMessage()).contains("forceCascade=true");
        assertThat(product.consoleMessage())
                .isEqualTo("product 'P1' is in use by 2 modules. Choose \"Delete with everything\" to remove them too.")
                .doesNotContain("forceCascade");
        assertThat(module.consoleMessage()).doesNotContain("forceCascade").contains("Delete or move those first");
    }
}
