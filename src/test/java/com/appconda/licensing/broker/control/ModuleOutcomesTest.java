package com.appconda.licensing.broker.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.broker.entity.ValidationAnswered.ModuleOutcome;
import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleOutcomesTest {

    @Test
    void aFloatingAnswerTellsTheSeatsHeldAgainstTheSeatsAndTheSession() {
        ModuleOutcome outcome = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-F", "Floating", Map.of("seats", 5L, "seatsInUse", 3L)))),
                Map.of("M-F", Map.of("sessionId", "s-1")),
                false));

        assertThat(outcome.held()).isEqualTo(3);
        assertThat(outcome.allowed()).isEqualTo(5);
        assertThat(outcome.sessionId()).isEqualTo("s-1");
        assertThat(outcome.nodeKey()).isNull();
    }

    @Test
    void aNodeLockedAnswerTellsTheSlotsAndAOneWayKeyOfTheNodeNeverTheSecret() {
        ModuleOutcome outcome = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-N", "NodeLocked", Map.of("nodeSlots", 2L, "nodeSlotsUsed", 1L)))),
                Map.of("M-N", Map.of("nodeSecret", "machine-secret-1")),
                false));

        assertThat(outcome.held()).isEqualTo(1);
        assertThat(outcome.allowed()).isEqualTo(2);
        assertThat(outcome.nodeKey())
                .hasSize(ModuleOutcomes.NODE_KEY_LENGTH)
                .doesNotContain("machine")
                .isEqualTo(ModuleOutcomes.nodeKey("machine-secret-1"))
                .isNotEqualTo(ModuleOutcomes.nodeKey("machine-secret-2"));
    }

    @Test
    void consumptionIsWhatWasWrittenOffAndNothingInADryRun() {
        Evaluation consuming = new Evaluation(
                verdict("M-Q", "Quota", Map.of("quota", 10L)),
                List.of(new Effect.WriteOffQuantity("L-1", 2), new Effect.WriteOffQuantity("L-2", 1)));

        assertThat(only(ModuleOutcomes.of(List.of(consuming), Map.of(), false)).consumedQuantity())
                .isEqualTo(3);
        assertThat(only(ModuleOutcomes.of(List.of(consuming), null, true)).consumedQuantity())
                .isZero();
        assertThat(only(ModuleOutcomes.of(List.of(consuming), null, false)).held())
                .as("a quota holds nothing")
                .isNull();
    }

    @Test
    void payPerUseTellsTheUnitsLeftQuotaItsQuotaAndTheOthersNone() {
        ModuleOutcome credits = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-P", "PayPerUse", Map.of("remainingQuantity", 94L)))), null, false));
        ModuleOutcome unlimited = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-P", "PayPerUse", Map.of("remainingQuantity", -1L)))), null, false));
        ModuleOutcome quota = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-Q", "Quota", Map.of("quota", 10L)))), null, false));
        ModuleOutcome seats = only(ModuleOutcomes.of(
                List.of(Evaluation.of(verdict("M-F", "Floating", Map.of("seats", 5L, "seatsInUse", 3L)))),
                null,
                false));

        assertThat(credits.units()).isEqualTo(94);
        assertThat(unlimited.units()).isEqualTo(-1);
        assertThat(quota.units()).isEqualTo(10);
        assertThat(seats.units()).isNull();
    }

    private static ModuleOutcome only(List<ModuleOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static ModuleVerdict verdict(String module, String model, Map<String, Object> fields) {
        return new ModuleVerdict(module, module, model, true, WarningLevel.GREEN, List.of(), fields, Map.of(), null);
    }
}
