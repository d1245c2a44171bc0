package com.appconda.licensing.it;

import jakarta.json.JsonObject;

/**
 * Creates catalog and licensee data through the API, asserting each creation. Extra name/value
 * pairs are added to (or replace) the minimal body.
 */
public final class Seed {

    private Seed() {}

    public static JsonObject product(Api api, String number, Object... extra) {
        return api.post("products", Json.with(Json.object("number", number, "name", "Product " + number), extra))
                .created();
    }

    /** A MultiFeature module (it counts the FEATURE licenses {@link #template} issues) unless {@code extra} says otherwise. */
    public static JsonObject module(Api api, String productNumber, String number, Object... extra) {
        return api.post(
                        "product-modules",
                        Json.with(
                                Json.object(
                                        "number",
                                        number,
                                        "name",
                                        "Module " + number,
                                        "productNumber",
                                        productNumber,
                                        "licensingModel",
                                        "MultiFeature"),
                                extra))
                .created();
    }

    /** A monthly TIMEVOLUME plan of a PricingTable module granting {@code export} and 10 {@code users}. */
    public static JsonObject monthlyPlan(Api api, String moduleNumber, String number) {
        return template(
                api,
                moduleNumber,
                number,
                "licenseType",
                "TIMEVOLUME",
                "timeVolume",
                1,
                "timeVolumePeriod",
                "MONTH",
                "properties",
                Json.object("skus", "{\"export\": true, \"users\": 10}"));
    }

    /** An automatic 14-day TIMEVOLUME template: the evaluation a TryAndBuy module starts at first use. */
    public static JsonObject fourteenDayTrial(Api api, String moduleNumber) {
        return template(
                api,
                moduleNumber,
                Api.unique("EVAL"),
                "licenseType",
                "TIMEVOLUME",
                "timeVolume",
                14,
                "timeVolumePeriod",
                "DAY",
                "automatic",
                true);
    }

    /** A FEATURE template unless {@code extra} says otherwise. */
    public static JsonObject template(Api api, String moduleNumber, String number, Object... extra) {
        return api.post(
                        "license-templates",
                        Json.with(
                                Json.object(
                                        "number",
                                        number,
                                        "name",
                                        "Template " + number,
                                        "productModuleNumber",
                                        moduleNumber,
                                        "licenseType",
                                        "FEATURE"),
                                extra))
                .created();
    }

    public static JsonObject licensee(Api api, String productNumber, String number, Object... extra) {
        return api.post(
                        "licensees",
                        Json.with(
                                Json.object(
                                        "number", number, "name", "Customer " + number, "productNumber", productNumber),
                                extra))
                .created();
    }

    public static JsonObject license(
            Api api, String licenseeNumber, String templateNumber, String number, Object... extra) {
        return api.post(
                        "licenses",
                        Json.with(
                                Json.object(
                                        "number",
                                        number,
                                        "licenseeNumber",
                                        licenseeNumber,
                                        "licenseTemplateNumber",
                                        templateNumber),
                                extra))
                .created();
    }

    /** totalItems of a list, e.g. {@code count(api, "products")} or {@code count(api, "licenses?licenseeNumber=I1")}. */
    public static long count(Api api, String list) {
        return api.get(list).ok().getJsonNumber("totalItems").longValue();
    }
}
