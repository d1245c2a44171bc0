package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.entity.LicenseeModuleUsage;
import com.appconda.licensing.report.entity.ModelShare;
import com.appconda.licensing.report.entity.UsagePeriod;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The Reports page's charts as Chart.js configurations. Built as JSON, so no licensee number or product name can
 * break out of them; colours of the console's palette, valid green against invalid red, readable without colour
 * too (each series is named in the legend and the page's tables hold the same figures).
 */
final class ReportCharts {

    static final String VALID = "#15803d";
    static final String INVALID = "#b91c1c";
    static final String BLUE = "#2563eb";
    static final String GREY = "#94a3b8";
    private static final List<String> PALETTE =
            List.of("#2563eb", "#15803d", "#b45309", "#7c3aed", "#0e7490", "#be123c", "#4d7c0f", "#475569", "#a21caf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private ReportCharts() {}

    /** Valid against invalid answers per period, stacked. */
    static String validations(List<UsagePeriod> periods) {
        return bar(
                        labels(periods, ReportCharts::period),
                        true,
                        series("Valid", VALID, periods, UsagePeriod::validAnswers),
                        series("Invalid", INVALID, periods, UsagePeriod::invalidAnswers))
                .toString();
    }

    /**
     * The burn-down: units written off per period (bars) against the pay-per-use units left and the quotas at each
     * period's end (lines): how fast the licensees burn what they bought, and how much is left.
     */
    static String consumption(List<UsagePeriod> periods) {
        return bar(
                        labels(periods, ReportCharts::period),
                        false,
                        series("Units consumed", BLUE, periods, UsagePeriod::consumed),
                        line("Pay-per-use units left", VALID, periods, UsagePeriod::unitsLeft),
                        line("Quota", GREY, periods, UsagePeriod::quota))
                .toString();
    }

    /** The floating licenses' highest concurrent use against their seats. */
    static String floatingPeaks(List<LicenseeModuleUsage> floating) {
        Function<LicenseeModuleUsage, String> label = row -> row.licenseeNumber() + " · " + row.moduleNumber();
        return bar(
                        labels(floating, label),
                        false,
                        series("Peak in use", BLUE, floating, row -> orZero(row.peakInUse())),
                        series("Seats", GREY, floating, row -> orZero(row.allowed())))
                .toString();
    }

    /** Answers per licensing model. */
    static String modelMix(List<ModelShare> shares) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < shares.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("labels", labels(shares, ModelShare::licensingModel))
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(series("Validations", null, shares, ModelShare::validations)
                                        .add("backgroundColor", colours)));
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", data)
                .add("options", options().add("plugins", legend(true)))
                .build()
                .toString();
    }

    static String period(UsagePeriod period) {
        return period.from().equals(period.to())
                ? DAY.format(period.from())
                : DAY.format(period.from()) + "–" + DAY.format(period.to());
    }

    private static long orZero(Long value) {
        return value == null || value < 0 ? 0 : value;
    }

    private static <T> JsonArrayBuilder labels(List<T> rows, Function<T, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(label.apply(row)));
        return labels;
    }

    private static <T> JsonObjectBuilder series(String name, String colour, List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(row -> data.add(value.applyAsLong(row)));
        JsonObjectBuilder series = Json.createObjectBuilder().add("label", name).add("data", data);
        if (colour != null) {
            series.add("backgroundColor", colour);
        }
        return series;
    }

    /** A line over the bars; a period without a value is a gap, not a fall to 0. */
    private static <T> JsonObjectBuilder line(String name, String colour, List<T> rows, Function<T, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T row : rows) {
            Long point = value.apply(row);
            if (point == null) {
                data.addNull();
            } else {
                data.add(point);
            }
        }
        return Json.createObjectBuilder()
                .add("label", name)
                .add("data", data)
                .add("type", "line")
                .add("backgroundColor", colour)
                .add("borderColor", colour)
                .add("fill", false);
    }

    @SafeVarargs
    private static JsonObject bar(JsonArrayBuilder labels, boolean stacked, JsonObjectBuilder... series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (JsonObjectBuilder one : series) {
            datasets.add(one);
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder counts = Json.createObjectBuilder()
                .add("stacked", stacked)
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        options()
                                .add("plugins", legend(series.length > 1))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", axis)
                                                .add("y", counts)))
                .build();
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false);
    }

    private static JsonObjectBuilder legend(boolean shown) {
        return Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", shown));
    }
}
