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

    /** #10 defect 2: module settings no validation could use are refused when they are saved. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.MethodSource("unusableModuleParameters")
    void moduleParametersNoValidationCouldUseAreRefused(
            String model, java.util.Map<String, String> parameters, String parameter, String says) {
        assertThat(builtIn.refusedModuleParameters(model, parameters))
                .hasEntrySatisfying(parameter, why -> assertThat(why).contains(says));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unusableModuleParameters() {
        String deep = "[" + "[".repeat(40) + "]".repeat(40) + "]";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "Floating", java.util.Map.of(), "maxCheckoutValidity", "required"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Floating", java.util.Map.of("maxCheckoutValidity", "0"), "maxCheckoutValidity", "from 1"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Floating",
                        java.util.Map.of("maxCheckoutValidity", "99999999999999"),
                        "maxCheckoutValidity",
                        "from 1 to"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "PricingTable", java.util.Map.of("skudef", deep), "skudef", "deeper"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "PricingTable", java.util.Map.of("skudef", "{\"x\""), "skudef", "JSON"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "PricingTable", java.util.Map.of("skudef", "[{\"name\": \"no number\"}]"), "skudef", "number"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Rental",
                        java.util.Map.of("yellowThreshold", "2", "redThreshold", "5"),
                        "redThreshold",
                        "at most yellowThreshold"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "NodeLocked",
                        java.util.Map.of("nodeSecretMode", "client"),
                        "nodeSecretMode",
                        "did you mean CLIENT?"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "Subscription", java.util.Map.of("gracePeriod", "-1"), "gracePeriod", "from 0"));
    }

    @Test
    void usableModuleParametersAreNotRefused() {
        assertThat(builtIn.refusedModuleParameters("Floating", java.util.Map.of("maxCheckoutValidity", "600")))
                .isEmpty();
        assertThat(builtIn.refusedModuleParameters(
                        "Rental", java.util.Map.of("yellowThreshold", "10", "redThreshold", "3", "custom", "kept")))
                .isEmpty();
        assertThat(builtIn.refusedModuleParameters("Lottery", java.util.Map.of("anything", "x")))
                .isEmpty();
    }

    @Test
    void aFailingModelIsAnsweredWithAnIncidentNotWithItsException() {
        LicensingModelEvaluator failing = new LicensingModelEvaluator() {
            @Override
            public String licensingModel() {
                return "Failing";
            }

            @Override
            public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
                throw new java.time.DateTimeException("Invalid value for Year (valid values -999999999 - 999999999)");
            }
        };

        Evaluation evaluation = new LicensingModels(List.of(failing))
                .evaluate(ModuleSnapshot.of("M1", "Failing"), ModuleRequest.empty(), NOW);

        assertThat(evaluation.verdict().valid()).isFalse();
        assertThat(evaluation.verdict().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(Verdicts.EVALUATION_FAILED);
            assertThat(reason.message()).contains("incident").doesNotContain("Exception", "java.", "Year");
        });
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
