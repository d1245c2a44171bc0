package com.appconda.licensing.broker.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.engine.control.LicensingModels;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.example.seatcount.SampleSeatCountEvaluator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Broker's reading of a validation's module parameters (#10 defect 2): what no model could use is a 400
 * naming {@code modules.<module>.<parameter>}, never a 500 or a silently ignored typo.
 */
class ModuleParametersTest {

    private static final LicensingModels MODELS = LicensingModels.discover(ModuleParametersTest.class.getClassLoader());
    private static final List<ModuleSnapshot> PRODUCT = List.of(
            ModuleSnapshot.of("SEATS", "Floating"),
            ModuleSnapshot.of("CREDITS", "PayPerUse"),
            ModuleSnapshot.of("UPDATES", "Subscription"),
            ModuleSnapshot.of("CUSTOM", SampleSeatCountEvaluator.NAME));

    private static Map<String, ModuleRequest> read(String module, Object parameters) {
        Map<String, Object> modules = new HashMap<>();
        modules.put(module, parameters);
        return ModuleParameters.of(modules, PRODUCT, MODELS);
    }

    private static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** Module, its parameters, the field the refusal names and what it says. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("SEATS", Arrays.asList(1, 2), "modules.SEATS", "object"),
                Arguments.of("SEATS", null, "modules.SEATS", "object"),
                Arguments.of("SEATS", "s-1", "modules.SEATS", "object"),
                Arguments.of("SEATS", new BigDecimal("5"), "modules.SEATS", "object"),
                Arguments.of("NO-SUCH-MODULE", parameters(), "modules.NO-SUCH-MODULE", "not an active module"),
                Arguments.of("SEATS", parameters("sesionId", "s-1"), "modules.SEATS.sesionId", "sessionId, action"),
                Arguments.of(
                        "SEATS", parameters("sessionId", new BigDecimal("5")), "modules.SEATS.sessionId", "string"),
                Arguments.of("SEATS", parameters("sessionId", Map.of("a", 1)), "modules.SEATS.sessionId", "string"),
                Arguments.of("SEATS", parameters("sessionId", null), "modules.SEATS.sessionId", "string"),
                Arguments.of("SEATS", parameters("sessionId", "s".repeat(201)), "modules.SEATS.sessionId", "200"),
                Arguments.of(
                        "SEATS",
                        parameters("sessionId", "s", "action", "checkout"),
                        "modules.SEATS.action",
                        "did you mean checkOut?"),
                Arguments.of(
                        "SEATS",
                        parameters("sessionId", "s", "action", new BigDecimal("1e5")),
                        "modules.SEATS.action",
                        "string"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", new BigDecimal("1e999999999")),
                        "modules.CREDITS.usedQuantity",
                        "whole number"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", new BigDecimal("-1")),
                        "modules.CREDITS.usedQuantity",
                        "from 0"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", new BigDecimal("1.5")),
                        "modules.CREDITS.usedQuantity",
                        "whole number"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", new BigDecimal("9223372036854775807")),
                        "modules.CREDITS.usedQuantity",
                        "from 0 to 1000000000000000"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", "twelve"),
                        "modules.CREDITS.usedQuantity",
                        "whole number"),
                Arguments.of(
                        "CREDITS", parameters("usedQuantity", true), "modules.CREDITS.usedQuantity", "whole number"),
                Arguments.of(
                        "CREDITS", parameters("usedQuantity", "-0"), "modules.CREDITS.usedQuantity", "whole number"),
                Arguments.of(
                        "CREDITS", parameters("usedQuantity", "007"), "modules.CREDITS.usedQuantity", "whole number"),
                Arguments.of(
                        "CREDITS",
                        parameters("usedQuantity", 1, "reserveQuantity", 1),
                        "modules.CREDITS.reserveQuantity",
                        "not both"),
                Arguments.of(
                        "UPDATES",
                        parameters("sessionId", "s"),
                        "modules.UPDATES.sessionId",
                        "reads no request parameters"),
                Arguments.of(
                        "CUSTOM",
                        parameters("anything", new BigDecimal("1e999999999")),
                        "modules.CUSTOM.anything",
                        "out of range"),
                Arguments.of(
                        "CUSTOM",
                        parameters("anything", new BigDecimal("1e-999999999")),
                        "modules.CUSTOM.anything",
                        "out of range"),
                Arguments.of(
                        "CUSTOM",
                        parameters("anything", List.of(1)),
                        "modules.CUSTOM.anything",
                        "string, number or boolean"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void whatNoModelCouldUseIsRefusedNamingIt(String module, Object parameters, String field, String says) {
        assertThatThrownBy(() -> read(module, parameters))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.fields())
                                .containsKey(field)
                                .hasEntrySatisfying(
                                        field, why -> assertThat(why).contains(says)));
    }

    @Test
    void declaredParametersArriveAsTheTextTheModelsParse() {
        assertThat(read("SEATS", parameters("sessionId", "s-1", "action", "checkIn"))
                        .get("SEATS")
                        .parameters())
                .containsEntry("sessionId", "s-1")
                .containsEntry("action", "checkIn");
        assertThat(read("CREDITS", parameters("usedQuantity", new BigDecimal("12")))
                        .get("CREDITS")
                        .get("usedQuantity"))
                .isEqualTo("12");
        assertThat(read("CREDITS", parameters("usedQuantity", "12"))
                        .get("CREDITS")
                        .get("usedQuantity"))
                .as("NetLicensing clients send numbers as text")
                .isEqualTo("12");
        assertThat(read("CREDITS", parameters("reserveQuantity", new BigDecimal("4.0")))
                        .get("CREDITS")
                        .get("reserveQuantity"))
                .isEqualTo("4");
        assertThat(read("UPDATES", parameters()).get("UPDATES").parameters()).isEmpty();
    }

    @Test
    void aModelThatDeclaresNothingGetsStringsBooleansAndSaneNumbersAsText() {
        Map<String, String> custom = read(
                        "CUSTOM", parameters("a", "x", "b", true, "c", new BigDecimal("1.50"), "d", null))
                .get("CUSTOM")
                .parameters();

        assertThat(custom)
                .containsEntry("a", "x")
                .containsEntry("b", "true")
                .containsEntry("c", "1.50")
                .doesNotContainKey("d");
    }

    @Test
    void atMostThirtyTwoParametersPerModule() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            many.add("p" + i);
            many.add("v");
        }

        assertThatThrownBy(() -> read("CUSTOM", parameters(many.toArray())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 32");
    }
}
