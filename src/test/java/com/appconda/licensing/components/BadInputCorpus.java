package com.appconda.licensing.components;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The bad-input corpus of the management API: each entry a label, the bad part of a request and the field its
 * refusal must name ({@code null}: the body as a whole is refused). {@link BadInputCorpusTest} sends every entry
 * through the real request reading and the real facades against H2, fast; {@code BadInputIT} sends a sample of
 * each over HTTP to the running server, so the two layers are proven to agree.
 */
public final class BadInputCorpus {

    static final String MEGABYTE = "x".repeat(1_000_000);

    private BadInputCorpus() {}

    /** Every {@code step}-th entry, for the sample that goes over HTTP. */
    public static Stream<Arguments> sample(Stream<Arguments> corpus, int step) {
        List<Arguments> all = corpus.toList();
        return java.util.stream.IntStream.range(0, all.size())
                .filter(i -> i % step == 0)
                .mapToObj(all::get);
    }

    public static Stream<Arguments> badProductBodies() {
        return Stream.of(
                Arguments.of("truncated object", "{\"name\":\"x\"", null),
                Arguments.of("not JSON at all", "hello", null),
                Arguments.of("empty body", "", null),
                Arguments.of("JSON null", "null", null),
                Arguments.of("array instead of object", "[{\"name\":\"x\"}]", null),
                Arguments.of("string instead of object", "\"x\"", null),
                Arguments.of("number instead of object", "42", null),
                Arguments.of("trailing comma", "{\"name\":\"x\",}", null),
                Arguments.of("single quotes", "{'name':'x'}", null),
                Arguments.of("comment", "{\"name\":\"x\" /* c */}", null),
                Arguments.of("two documents", "{\"name\":\"x\"}{\"name\":\"y\"}", null),
                Arguments.of("deeply nested", "{\"name\":\"x\",\"discounts\":" + "[".repeat(100_000), null),
                Arguments.of("a field the request does not have", "{\"name\":\"x\",\"colour\":\"red\"}", "colour"),
                Arguments.of(
                        "licenseeAutoCreate mistyped",
                        "{\"name\":\"x\",\"licenseeAutocreate\":true}",
                        "licenseeAutocreate"),
                Arguments.of(
                        "a field inside a discount the discount does not have",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":\"100\",\"currency\":\"EUR\","
                                + "\"amountFix\":\"1\",\"note\":\"n\"}]}",
                        "discounts"),
                Arguments.of("name as number", "{\"name\":12}", "name"),
                Arguments.of("name as object", "{\"name\":{\"first\":\"x\"}}", "name"),
                Arguments.of("name as array", "{\"name\":[\"x\"]}", "name"),
                Arguments.of("active as string", "{\"name\":\"x\",\"active\":\"yes\"}", "active"),
                Arguments.of("active as number", "{\"name\":\"x\",\"active\":1}", "active"),
                Arguments.of(
                        "licenseeAutoCreate as text",
                        "{\"name\":\"x\",\"licenseeAutoCreate\":\"true\"}",
                        "licenseeAutoCreate"),
                Arguments.of("properties as array", "{\"name\":\"x\",\"properties\":[\"a\"]}", "properties"),
                Arguments.of("properties as empty array", "{\"name\":\"x\",\"properties\":[]}", "properties"),
                Arguments.of("property value as number", "{\"name\":\"x\",\"properties\":{\"a\":1}}", "properties"),
                Arguments.of("property value as object", "{\"name\":\"x\",\"properties\":{\"a\":{}}}", "properties"),
                Arguments.of("discounts as object", "{\"name\":\"x\",\"discounts\":{}}", "discounts"),
                Arguments.of("discounts holding null", "{\"name\":\"x\",\"discounts\":[null]}", "discounts"),
                Arguments.of(
                        "discount amount as text",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":\"100\","
                                + "\"currency\":\"EUR\",\"amountFix\":1}]}",
                        "discounts"),
                Arguments.of(
                        "discount beyond any price",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1e30,"
                                + "\"currency\":\"EUR\",\"amountFix\":1}]}",
                        "discounts"),
                Arguments.of(
                        "negative discount total",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":-1,"
                                + "\"currency\":\"EUR\",\"amountFix\":1}]}",
                        "discounts"),
                Arguments.of(
                        "discount of 150 percent",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1,"
                                + "\"currency\":\"EUR\",\"amountPercent\":150}]}",
                        "discounts"),
                Arguments.of(
                        "discount in an unknown currency",
                        "{\"name\":\"x\",\"discounts\":[{\"totalPrice\":1," + "\"currency\":\"XYZ\",\"amountFix\":1}]}",
                        "currency"),
                Arguments.of("revision as text", "{\"name\":\"x\",\"revision\":\"1\"}", "revision"),
                Arguments.of("revision with a fraction", "{\"name\":\"x\",\"revision\":1.5}", "revision"),
                Arguments.of("revision beyond long", "{\"name\":\"x\",\"revision\":1e30}", "revision"),
                Arguments.of("name missing", "{}", "name"),
                Arguments.of("name blank", "{\"name\":\" \\t \"}", "name"),
                Arguments.of("name of 201 characters", "{\"name\":\"" + "n".repeat(201) + "\"}", "name"),
                Arguments.of("1 MB name", "{\"name\":\"" + MEGABYTE + "\"}", "name"),
                Arguments.of(
                        "1 MB description", "{\"name\":\"x\",\"description\":\"" + MEGABYTE + "\"}", "description"),
                Arguments.of(
                        "1 MB property value",
                        "{\"name\":\"x\",\"properties\":{\"a\":\"" + MEGABYTE + "\"}}",
                        "properties.a"),
                Arguments.of(
                        "1 MB property name",
                        "{\"name\":\"x\",\"properties\":{\"" + MEGABYTE + "\":\"v\"}}",
                        "properties"),
                Arguments.of("1 MB number", "{\"name\":\"x\",\"number\":\"" + MEGABYTE + "\"}", "number"),
                Arguments.of("1 MB enum value", "{\"name\":\"x\",\"vatMode\":\"" + MEGABYTE + "\"}", "vatMode"),
                Arguments.of(
                        "number of 65 characters", "{\"name\":\"x\",\"number\":\"" + "N".repeat(65) + "\"}", "number"),
                Arguments.of("number with a slash", "{\"name\":\"x\",\"number\":\"a/b\"}", "number"),
                Arguments.of("number with a space", "{\"name\":\"x\",\"number\":\"a b\"}", "number"),
                Arguments.of("number with an umlaut", "{\"name\":\"x\",\"number\":\"Ä1\"}", "number"),
                Arguments.of("number with an emoji", "{\"name\":\"x\",\"number\":\"P\uD83D\uDE80\"}", "number"),
                Arguments.of("number with SQL", "{\"name\":\"x\",\"number\":\"1' OR '1'='1\"}", "number"),
                Arguments.of("unknown vatMode", "{\"name\":\"x\",\"vatMode\":\"BOTH\"}", "vatMode"),
                Arguments.of(
                        "unknown licenseeSecretMode",
                        "{\"name\":\"x\",\"licenseeSecretMode\":\"SOMETIMES\"}",
                        "licenseeSecretMode"));
    }

    public static Stream<Arguments> badTemplateValues() {
        return Stream.of(
                Arguments.of("negative price", "\"price\":-1", "price"),
                Arguments.of("price as text", "\"price\":\"9.90\"", "price"),
                Arguments.of("price beyond any price", "\"price\":1e30", "price"),
                Arguments.of("price with a huge exponent", "\"price\":1e999999999", "price"),
                Arguments.of(
                        "timeVolume with a fraction",
                        "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\"," + "\"timeVolume\":1.5",
                        "timeVolume"),
                Arguments.of(
                        "timeVolume beyond int",
                        "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\"," + "\"timeVolume\":2147483648",
                        "timeVolume"),
                Arguments.of(
                        "timeVolume as text",
                        "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"DAY\"," + "\"timeVolume\":\"1\"",
                        "timeVolume"),
                Arguments.of(
                        "quantity beyond long",
                        "\"licenseType\":\"QUANTITY\",\"quantity\":9223372036854775808",
                        "quantity"),
                Arguments.of("negative sessions", "\"licenseType\":\"FLOATING\",\"maxSessions\":-1", "maxSessions"),
                Arguments.of("unknown licenseType", "\"licenseType\":\"SUBSCRIPTION\"", "licenseType"),
                Arguments.of("licenseType as number", "\"licenseType\":1", "licenseType"),
                Arguments.of("automatic as text", "\"automatic\":\"true\"", "automatic"),
                Arguments.of("currency unknown", "\"currency\":\"XYZ\"", "currency"),
                Arguments.of("currency too long", "\"currency\":\"EURO\"", "currency"),
                Arguments.of(
                        "years beyond a century",
                        "\"licenseType\":\"TIMEVOLUME\",\"timeVolumePeriod\":\"YEAR\"," + "\"timeVolume\":2147483647",
                        "timeVolume"),
                Arguments.of("quantity below unlimited", "\"licenseType\":\"QUANTITY\",\"quantity\":-2", "quantity"));
    }

    public static Stream<Arguments> badLicenseValues() {
        return Stream.of(
                Arguments.of("negative price", "\"price\":-0.01", "price"),
                Arguments.of("price as text", "\"price\":\"0\"", "price"),
                Arguments.of("price beyond any price", "\"price\":1e30", "price"),
                Arguments.of("startDate not a date", "\"startDate\":\"yesterday\"", "startDate"),
                Arguments.of("startDate as number", "\"startDate\":1767225600", "startDate"),
                Arguments.of("startDate in month 13", "\"startDate\":\"2026-13-01T00:00:00Z\"", "startDate"),
                Arguments.of("startDate without zone", "\"startDate\":\"2026-01-01T00:00:00\"", "startDate"),
                Arguments.of("quantity as text", "\"quantity\":\"5\"", "quantity"),
                Arguments.of("hidden as number", "\"hidden\":0", "hidden"),
                Arguments.of("unknown period", "\"timeVolumePeriod\":\"FORTNIGHT\"", "timeVolumePeriod"),
                Arguments.of("#10 defect 6: quantity -2", "\"quantity\":-2", "quantity"),
                Arguments.of(
                        "#10 defect 6: the smallest long as quantity", "\"quantity\":-9223372036854775808", "quantity"),
                Arguments.of("#10 defect 6: timeVolume -3", "\"timeVolume\":-3", "timeVolume"),
                Arguments.of("timeVolume 0", "\"timeVolume\":0", "timeVolume"),
                Arguments.of("timeVolume beyond a century of days", "\"timeVolume\":36526", "timeVolume"),
                Arguments.of("no seats", "\"maxSessions\":0", "maxSessions"),
                Arguments.of("a quantity beyond any real one", "\"quantity\":1000000000000001", "quantity"));
    }

    /** List, query and the parameter its refusal must name. */
    public static Stream<Arguments> badListParameters() {
        List<String> lists = List.of("products", "product-modules", "license-templates", "licensees", "licenses");
        List<List<String>> parameters = List.of(
                List.of("page=-1", "page"),
                List.of("page=abc", "page"),
                List.of("page=1.5", "page"),
                List.of("page=99999999999", "page"),
                List.of("size=0", "size"),
                List.of("size=501", "size"),
                List.of("size=-5", "size"),
                List.of("size=ten", "size"),
                List.of("sort=unknown", "sort"),
                List.of("sort=-", "sort"),
                List.of("sort=name; DROP TABLE product", "sort"),
                List.of("sort=id", "sort"),
                List.of("sort=vendorId", "sort"));
        return lists.stream().flatMap(list -> parameters.stream().map(p -> Arguments.of(list, p.get(0), p.get(1))));
    }
}
