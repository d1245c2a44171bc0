package com.appconda.licensing.engine.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.FloatingSession;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.Reason;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/** Shared builders and the one assertion every evaluator table uses. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    static final Instant MIDNIGHT = Instant.parse("2025-06-16T00:00:00Z");
    static final Instant BEFORE_MIDNIGHT = Instant.parse("2025-06-15T23:59:59Z");

    private Fixtures() {}

    /** One row of an evaluator table. */
    record Case(ModuleSnapshot module, ModuleRequest request, Instant now, Expected expected) {}

    /** What the row expects; {@code reason == null} means "no reasons at all". */
    record Expected(
            boolean valid,
            WarningLevel level,
            String reason,
            Map<String, Object> fields,
            List<Effect> effects,
            Map<String, Map<String, Object>> items) {

        Expected field(String name, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(fields);
            copy.put(name, value);
            return new Expected(valid, level, reason, copy, effects, items);
        }

        Expected effects(Effect... newEffects) {
            return new Expected(valid, level, reason, fields, List.of(newEffects), items);
        }

        Expected reason(String code) {
            return new Expected(valid, level, code, fields, effects, items);
        }

        /** The list named {@code listName} has one item with at least these fields. */
        Expected item(String listName, Object... namesAndValues) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                item.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            Map<String, Map<String, Object>> copy = new LinkedHashMap<>(items);
            copy.put(listName, item);
            return new Expected(valid, level, reason, fields, effects, copy);
        }
    }

    static Expected valid(WarningLevel level) {
        return new Expected(true, level, null, Map.of(), List.of(), Map.of());
    }

    static Expected invalid(WarningLevel level, String reason) {
        return new Expected(false, level, reason, Map.of(), List.of(), Map.of());
    }

    static Arguments row(String name, ModuleSnapshot module, ModuleRequest request, Instant now, Expected expected) {
        return Arguments.of(Named.of(name, new Case(module, request, now, expected)));
    }

    static void check(LicensingModelEvaluator evaluator, Case row) {
        Evaluation evaluation = evaluator.evaluate(row.module(), row.request(), row.now());
        Expected expected = row.expected();
        assertThat(evaluation.verdict().valid()).as("valid").isEqualTo(expected.valid());
        assertThat(evaluation.verdict().warningLevel()).as("warningLevel").isEqualTo(expected.level());
        List<String> codes =
                evaluation.verdict().reasons().stream().map(Reason::code).toList();
        assertThat(codes)
                .as("reason codes the catalogue (README's reason table) lacks")
                .allMatch(code -> ReasonCatalogue.entry(code).isPresent());
        assertThat(codes)
                .as(
                        "reasons of a %s module, as the catalogue says",
                        evaluation.verdict().valid() ? "valid" : "invalid")
                .allMatch(code -> ReasonCatalogue.entry(code).orElseThrow().validModule()
                        == evaluation.verdict().valid());
        if (expected.reason() == null) {
            assertThat(codes).as("reasons").isEmpty();
        } else {
            assertThat(codes).as("reasons").contains(expected.reason());
        }
        assertThat(evaluation.verdict().fields()).as("fields").containsAllEntriesOf(expected.fields());
        assertThat(evaluation.effects()).as("effects").containsExactlyElementsOf(expected.effects());
        expected.items()
                .forEach((name, item) -> assertThat(evaluation.verdict().lists().get(name))
                        .as("list " + name)
                        .singleElement()
                        .satisfies(actual -> assertThat(actual).containsAllEntriesOf(item)));
        assertThat(evaluation.verdict().licensingModel()).isEqualTo(evaluator.licensingModel());
    }

    static ModuleSnapshot module(String model, LicenseSnapshot... licenses) {
        return ModuleSnapshot.of("M-" + model, model).withLicenses(licenses);
    }

    static LicenseSnapshot feature(String number, String template) {
        return LicenseSnapshot.of(number, template, LicenseType.FEATURE);
    }

    static LicenseSnapshot quantity(String number, long quantity, long used) {
        return LicenseSnapshot.of(number, "T-QTY", LicenseType.QUANTITY).withQuantity(quantity, used);
    }

    static LicenseSnapshot floating(String number, int seats, FloatingSession... sessions) {
        return LicenseSnapshot.of(number, "T-FL", LicenseType.FLOATING).withMaxSessions(seats, List.of(sessions));
    }

    static LicenseSnapshot timeVolume(
            String number, String template, Instant start, int volume, TimeVolumePeriod period) {
        return LicenseSnapshot.of(number, template, LicenseType.TIMEVOLUME)
                .withStartDate(start)
                .withTimeVolume(volume, period);
    }

    /** The QUANTITY template "T-QTY", as changed after its licenses were issued. */
    static TemplateSnapshot quantityTemplate(long quantity) {
        return new TemplateSnapshot(
                "T-QTY", "Changed", LicenseType.QUANTITY, true, false, false, null, 0, null, quantity, 0, Map.of());
    }

    static Instant days(Instant from, long days) {
        return from.plusSeconds(days * 86_400);
    }
}
