package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.WarningLevel;
import com.example.seatcount.SampleSeatCountEvaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicensingModelsTest {

    private final LicensingModels builtIn = LicensingModels.builtIn();

    @Test
    void registryListsTheNineNetLicensingModels() {
        assertThat(builtIn.names())
                .containsExactly(
                        "TryAndBuy",
                        "Subscription",
                        "Rental",
                        "Floating",
                        "MultiFeature",
                        "PayPerUse",
                        "Quota",
                        "NodeLocked",
                        "PricingTable");
    }

    @Test
    void modulesReadOnlyTheLicenseStateTheirModelsDeclareAndCustomModelsReadAll() {
        LicensingModels withCustom = new LicensingModels(List.of(
                new FloatingEvaluator(),
                new SubscriptionEvaluator(),
                new NodeLockedEvaluator(),
                new SampleSeatCountEvaluator()));

        assertThat(withCustom.reads(List.of("Subscription"))).isEmpty();
        assertThat(withCustom.reads(List.of("Subscription", "Floating")))
                .containsExactly(LicenseState.FLOATING_SESSIONS);
        assertThat(withCustom.reads(List.of("Floating", "NodeLocked")))
                .containsExactlyInAnyOrder(LicenseState.FLOATING_SESSIONS, LicenseState.NODE_SECRETS);
        assertThat(withCustom.reads(List.of(SampleSeatCountEvaluator.NAME)))
                .as("the SPI's default: everything")
                .containsExactlyInAnyOrder(LicenseState.values());
        assertThat(withCustom.reads(List.of("Lottery")))
                .as("an unknown model is answered without state")
                .isEmpty();
    }

    @Test
    void unknownModelIsAnsweredInvalidWithAReasonNotAnException() {
        Evaluation evaluation = builtIn.evaluate(ModuleSnapshot.of("M1", "Lottery"), ModuleRequest.empty(), NOW);

        assertThat(evaluation.verdict().valid()).isFalse();
        assertThat(evaluation.verdict().warningLevel()).isEqualTo(WarningLevel.RED);
        assertThat(evaluation.verdict().hasReason(Verdicts.UNKNOWN_LICENSING_MODEL))
                .isTrue();
        assertThat(evaluation.verdict().moduleNumber()).isEqualTo("M1");
        assertThat(evaluation.effects()).isEmpty();
    }

    @Test
    void registryDispatchesByTheModulesLicensingModel() {
        ModuleSnapshot module = Fixtures.module("Quota", Fixtures.quantity("L1", 7, 0));

        Evaluation evaluation = builtIn.evaluate(module, ModuleRequest.empty(), NOW);

        assertThat(evaluation.verdict().fields()).containsEntry("quota", 7L);
    }

    @Test
    void duplicateCustomModelIsRejectedNamingBothClasses() {
        List<LicensingModelEvaluator> evaluators = new ArrayList<>(BuiltInModels.all());
        evaluators.add(new ImpostorFloating());

        assertThatThrownBy(() -> new LicensingModels(evaluators))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'floating'")
                .hasMessageContaining(FloatingEvaluator.class.getName())
                .hasMessageContaining(ImpostorFloating.class.getName());
    }

    @Test
    void serviceLoaderPicksUpACustomModel() {
        LicensingModels discovered = LicensingModels.discover(getClass().getClassLoader());
        ModuleSnapshot module = ModuleSnapshot.of("M1", SampleSeatCountEvaluator.NAME)
                .withLicenses(LicenseSnapshot.of("L1", "T1", LicenseType.FEATURE));

        assertThat(discovered.names()).contains("Floating", SampleSeatCountEvaluator.NAME);
        assertThat(discovered.parameters(SampleSeatCountEvaluator.NAME))
                .extracting(ModelParameter::name)
                .containsExactly("minimumLicenses");
        assertThat(discovered
                        .evaluate(module, ModuleRequest.empty(), NOW)
                        .verdict()
                        .valid())
                .isTrue();
    }

    @Test
    void failingCustomModelIsAnsweredInvalidInsteadOfFailingTheValidation() {
        LicensingModels models = new LicensingModels(List.of(new Exploding()));

        Evaluation evaluation = models.evaluate(ModuleSnapshot.of("M1", "Exploding"), ModuleRequest.empty(), NOW);

        assertThat(evaluation.verdict().valid()).isFalse();
        assertThat(evaluation.verdict().hasReason(Verdicts.EVALUATION_FAILED)).isTrue();
    }

    @Test
    void everyBuiltInDescribesTheParametersItReads() {
        assertThat(builtIn.parameters("Floating"))
                .extracting(ModelParameter::name, ModelParameter::required)
                .containsExactly(tuple("maxCheckoutValidity", true));
        assertThat(builtIn.parameters("Rental"))
                .extracting(ModelParameter::name)
                .containsExactly("yellowThreshold", "redThreshold");
        assertThat(builtIn.parameters("Lottery")).isEmpty();
    }

    /** A custom model that claims a built-in name in other case. */
    static final class ImpostorFloating extends SampleSeatCountEvaluator {
        @Override
        public String licensingModel() {
            return "floating";
        }
    }

    /** A custom model with a bug. */
    static final class Exploding implements LicensingModelEvaluator {
        @Override
        public String licensingModel() {
            return "Exploding";
        }

        @Override
        public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
            throw new IllegalStateException("boom");
        }
    }
}
