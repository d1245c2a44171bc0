package com.appconda.licensing.dashboard.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** console/index.xhtml: the dashboard, with the last 30 days of validations as a Chart.js bar chart. */
@Named
@RequestScoped
public class DashboardBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    @Inject
    Dashboard dashboard;

    private DashboardFigures figures;

    @PostConstruct
    void load() {
        figures = dashboard.figures();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    /** The chart's configuration; built as JSON, so no value can break out of it. */
    public String getValidationsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        figures.days().forEach(day -> {
            labels.add(DAY.format(day.day()));
            counts.add(day.validations());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "Validations")
                                                        .add("data", counts)
                                                        .add("backgroundColor", "#3b82f6"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
