package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.demo.DemoCatalog;
import com.appconda.licensing.engine.control.LicensingModels;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.fuzz.Counts;
import com.appconda.licensing.fuzz.HostileJson;
import com.appconda.licensing.platform.boundary.RequestBodies;
import com.appconda.licensing.platform.entity.LicensingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzz of the Broker's parameters, below HTTP: validations of the demo catalog (all nine models) whose module
 * parameters are hostile, each read as the API reads a body and given to the real Broker against H2. Every one must
 * be refused with a 400 that names the module or the parameter, shows no exception or class name, and leaves every
 * table as it was: no seat checked out, no credit written off, no licensee created. Prints its counts.
 */
class BrokerParametersFuzzTest {

    private static final Counts COUNTS = new Counts("Broker parameters below HTTP");

    /** The deepest a body may nest (SingleJsonObject's limit); deeper ones are refused whole, no field read. */
    private static final int MAX_NESTING = 32;

    /** Each demo product's modules with their models, and the demo customer that holds its licenses. */
    private static final List<Module> MODULES = List.of(
            new Module("DEMO-APP", "DEMO-CUSTOMER", "DEMO-SUBSCRIPTION", "Subscription"),
            new Module("DEMO-APP", "DEMO-CUSTOMER", "DEMO-PRO", "TryAndBuy"),
            new Module("DEMO-APP", "DEMO-CUSTOMER", "DEMO-ADDONS", "MultiFeature"),
            new Module("DEMO-TEAM-SERVER", "DEMO-TEAM", "DEMO-SEATS", "Floating"),
            new Module("DEMO-TEAM-SERVER", "DEMO-TEAM", "DEMO-SERVERS", "NodeLocked"),
            new Module("DEMO-TEAM-SERVER", "DEMO-TEAM", "DEMO-PROJECTS", "Quota"),
            new Module("DEMO-CLOUD", "DEMO-STUDIO", "DEMO-CREDITS", "PayPerUse"),
            new Module("DEMO-CLOUD", "DEMO-STUDIO", "DEMO-PLANS", "PricingTable"),
            new Module("DEMO-CLOUD", "DEMO-STUDIO", "DEMO-DEVICES", "Rental"));

    private static TestDatabase database;
    private static Components world;
    private static Snapshots snapshots;
    private static LicensingModels models;

    record Module(String product, String licensee, String number, String model) {}

    /** A hostile validation: its body, the field its refusal must name, and what kind of hostility it is. */
    record Case(Module module, String kind, String field, String body) {

        @Override
        public String toString() {
            return module.number() + " (" + module.model() + ") " + kind + ": " + body;
        }
    }

    @BeforeContainer
    static void demoCatalog() {
        database = TestDatabase.fresh();
        world = new Components(database, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                .withConfig("licensing.master-key", Base64.getEncoder().encodeToString(new byte[32]));
        world.actingAs(world.call(() -> world.get(DemoCatalog.class).seed("fuzz-demo")));
        snapshots = new Snapshots(world.entityManager());
        models = LicensingModels.builtIn();
    }

    @AfterContainer
    static void report() {
        COUNTS.print();
        database.close();
    }

    @Property(tries = 500)
    void aHostileModuleParameterIsRefusedNamingItAndChangesNothing(@ForAll("hostileValidations") Case hostile) {
        String answer = snapshots.refusedWithoutAChange(
                COUNTS, hostile.module().number(), hostile.kind(), hostile, () -> answerTo(hostile));

        String named = nesting(hostile.body()) > MAX_NESTING ? "nests deeper than" : "\"" + hostile.field() + "\"";
        assertThat(answer).as("%s", hostile).startsWith("400").contains(named);
    }

    @Provide
    Arbitrary<Case> hostileValidations() {
        return Arbitraries.of(MODULES)
                .flatMap(module -> Arbitraries.oneOf(
                        moduleValueOfTheWrongType(module),
                        parameterOfTheWrongValue(module),
                        parameterTheModelDoesNotRead(module),
                        moduleTheProductDoesNotHave(module)));
    }

    private static Arbitrary<Case> moduleValueOfTheWrongType(Module module) {
        return Arbitraries.of("null", "\"sessionId\"", "1", "true", "[]", "[1,2]", "[{\"sessionId\":\"s-1\"}]")
                .map(value ->
                        validation(module, "module value of the wrong type", "modules." + module.number(), value));
    }

    private static Arbitrary<Case> parameterOfTheWrongValue(Module module) {
        List<ModelParameter> parameters = declared(module);
        if (parameters.isEmpty()) {
            return parameterTheModelDoesNotRead(module);
        }
        return Arbitraries.of(parameters)
                .flatMap(parameter -> wrongValueOf(parameter)
                        .map(value -> validation(
                                module,
                                "wrong " + parameter.type() + " value",
                                "modules." + module.number() + "." + parameter.name(),
                                "{" + HostileJson.quoted(parameter.name()) + ":" + value + "}")));
    }

    private static Arbitrary<Case> parameterTheModelDoesNotRead(Module module) {
        List<String> read = declared(module).stream().map(ModelParameter::name).toList();
        return Arbitraries.oneOf(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.of(HostileJson.INJECTIONS))
                .filter(name -> !read.contains(name) && !name.isEmpty())
                .map(name -> validation(
                        module,
                        "parameter the model does not read",
                        fieldNamed(name, "modules." + module.number() + "." + name, "modules." + module.number()),
                        "{" + HostileJson.quoted(name) + ":\"1\"}"));
    }

    private static Arbitrary<Case> moduleTheProductDoesNotHave(Module module) {
        return Arbitraries.oneOf(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(30),
                        Arbitraries.of(HostileJson.INJECTIONS),
                        Arbitraries.of(MODULES).map(Module::number))
                .filter(number -> MODULES.stream()
                        .noneMatch(other -> other.product().equals(module.product())
                                && other.number().equals(number)))
                .map(number -> new Case(
                        module,
                        "module the product does not have",
                        fieldNamed(number, "modules." + number, "modules"),
                        body(module, HostileJson.quoted(number) + ":{}")));
    }

    /** A value the parameter must refuse: the wrong JSON type, or its type but out of range or spelt wrong. */
    private static Arbitrary<String> wrongValueOf(ModelParameter parameter) {
        Arbitrary<String> containers = HostileJson.containers();
        return switch (parameter.type()) {
            case COUNT, INTEGER ->
                Arbitraries.oneOf(
                        Arbitraries.of(HostileJson.OUT_OF_RANGE)
                                // past int but a count all the same (up to MAX_COUNT)
                                .filter(v -> parameter.type() != ModelParameter.Type.COUNT || !v.equals("2147483648")),
                        Arbitraries.of(HostileJson.INJECTIONS).map(HostileJson::quoted),
                        Arbitraries.of("1.5", "-0.5", "\"1.0\"", "\"\"", "true", "false", "\"-\""),
                        parameter.type() == ModelParameter.Type.COUNT
                                ? Arbitraries.longs().lessOrEqual(-1).map(String::valueOf)
                                : Arbitraries.of("9223372036854775808"),
                        Arbitraries.of(String.valueOf(ModelParameter.MAX_COUNT + 1), "\"1000000000000000001\"")
                                .filter(v -> parameter.type() == ModelParameter.Type.COUNT),
                        containers);
            case STRING, JSON ->
                Arbitraries.oneOf(
                        HostileJson.numbers(),
                        Arbitraries.of("true", "false"),
                        containers,
                        Arbitraries.strings().ofMinLength(201).ofMaxLength(400).map(HostileJson::quoted),
                        parameter.choices().isEmpty()
                                ? Arbitraries.of("true").map(v -> v)
                                : Arbitraries.of(HostileJson.INJECTIONS)
                                        .filter(v -> !parameter.choices().contains(v))
                                        .map(HostileJson::quoted));
            case BOOLEAN -> Arbitraries.oneOf(Arbitraries.of("\"true\"", "\"no\"", "1", "0"), containers);
        };
    }

    private static Case validation(Module module, String kind, String field, String moduleValue) {
        return new Case(module, kind, field, body(module, HostileJson.quoted(module.number()) + ":" + moduleValue));
    }

    private static String body(Module module, String modulesMembers) {
        return "{\"productNumber\":" + HostileJson.quoted(module.product()) + ",\"modules\":{" + modulesMembers + "}}";
    }

    /** A lone surrogate is refused before any field is read (the body is not UTF-8), so no refusal can name it. */
    /**
     * The field a refusal names for a member called {@code name}: its path, or the path of the object holding it
     * when the name is text the API refuses before reading it as a name (a NUL, a lone surrogate).
     */
    private static String fieldNamed(String name, String path, String holder) {
        boolean unreadable = name.chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c));
        return unreadable ? holder : path;
    }

    /** How deep the body's arrays and objects nest, outside strings. */
    private static int nesting(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static List<ModelParameter> declared(Module module) {
        return models.find(module.model())
                .flatMap(LicensingModelEvaluator::requestParameters)
                .orElse(List.of());
    }

    private static String answerTo(Case hostile) {
        RequestBodies.Read<ValidationRequest> read =
                RequestBodies.read(hostile.body().getBytes(StandardCharsets.UTF_8), ValidationRequest.class);
        if (read.refused()) {
            return "400 " + read.detail() + " " + quotedKeys(read.refusal());
        }
        try {
            world.call(() -> world.get(ValidationBroker.class)
                    .validate(hostile.module().licensee(), read.value(), null, world.get(JsonAnswerFormat.class)));
            return "200 accepted";
        } catch (LicensingException refused) {
            return ApiBodiesFuzzTest.status(refused.outcome()) + " " + refused.getMessage() + " "
                    + quotedKeys(refused.fields());
        } catch (RuntimeException unexpected) {
            return "500 " + unexpected;
        }
    }

    /** The fields as the problem document lists them: each name in quotes. */
    private static String quotedKeys(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, why) ->
                text.append('"').append(name).append("\": ").append(why).append("; "));
        return text.toString();
    }
}
