package com.appconda.licensing.openapi;

import com.appconda.licensing.catalog.entity.LicenseeSecretMode;
import com.appconda.licensing.catalog.entity.VatMode;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.boundary.PageResponse;
import com.appconda.licensing.platform.entity.Length;
import com.appconda.licensing.platform.entity.Role;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A schema per record the API reads or answers, from its components: Java types to JSON types (instants as
 * {@code date-time}, decimals as numbers), Bean Validation to {@code required}, lengths and patterns, the closed
 * sets to enums from their Java enums, and an example per property. Request records are read with every member
 * optional (a PATCH sends only what changes), answers hold every member, so their primitives are required.
 */
final class RecordSchemas {

    /** Closed sets by member name, from the enums the code checks them against. */
    private static final Map<String, List<String>> ENUMS = Map.of(
            "licenseType", names(LicenseType.values()),
            "timeVolumePeriod", names(TimeVolumePeriod.values()),
            "role", names(Role.values()),
            "licenseeSecretMode", names(LicenseeSecretMode.values()),
            "vatMode", names(VatMode.values()),
            "type", names(ModelParameter.Type.values()));

    private static final Map<String, Object> EXAMPLES = examples();

    private final Map<String, Schema<?>> byName = new TreeMap<>();
    private final Map<String, Class<?>> classes = new LinkedHashMap<>();

    Map<String, Schema<?>> all() {
        return byName;
    }

    /** A reference to the schema of this type (made now if needed), or an inline schema for a plain type. */
    Schema<?> refTo(Type type) {
        Type element = ApiDocument.listElement(type);
        if (element != null) {
            return ApiDocument.arrayOf(refTo(element));
        }
        if (type instanceof ParameterizedType page && page.getRawType() == PageResponse.class) {
            Class<?> item = (Class<?>) page.getActualTypeArguments()[0];
            String name = "PageOf" + item.getSimpleName().replace("Response", "");
            if (!byName.containsKey(name)) {
                byName.put(name, pageSchema(item));
            }
            return ref(name);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!byName.containsKey(name)) {
                byName.put(name, new Schema<>());
                byName.put(name, recordSchema(raw));
                classes.put(name, raw);
            }
            return ref(name);
        }
        return plain(raw, null);
    }

    private Schema<?> pageSchema(Class<?> item) {
        Schema<Object> page = new Schema<>()
                .type("object")
                .description("One page of a list, with the totals to page on.")
                .addProperty("items", ApiDocument.arrayOf(refTo(item)))
                .addProperty(
                        "page",
                        new Schema<>()
                                .type("integer")
                                .format("int32")
                                .minimum(BigDecimal.ZERO)
                                .example(0))
                .addProperty(
                        "size", new Schema<>().type("integer").format("int32").example(20))
                .addProperty(
                        "totalItems",
                        new Schema<>().type("integer").format("int64").example(1))
                .addProperty(
                        "totalPages",
                        new Schema<>().type("integer").format("int64").example(1))
                .addProperty("hasNext", new Schema<>().type("boolean").example(false));
        page.required(List.of("items", "page", "size", "totalItems", "totalPages", "hasNext"));
        return page;
    }

    private Schema<?> recordSchema(Class<?> record) {
        boolean answer = record.getSimpleName().endsWith("Response");
        Schema<Object> schema = new Schema<>().type("object");
        if (!answer) {
            schema.additionalProperties(false);
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = property(component);
            schema.addProperty(component.getName(), property);
            if (component.isAnnotationPresent(NotNull.class)
                    || answer && component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    private Schema<?> property(RecordComponent component) {
        String name = component.getName();
        Type type = component.getGenericType();
        Type element = ApiDocument.listElement(type);
        if (element != null) {
            return ApiDocument.arrayOf(refTo(element));
        }
        if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
            Type value = map.getActualTypeArguments()[1];
            if (name.equals("modules")) {
                return new Schema<>()
                        .type("object")
                        .description("Per module number, that module's parameters.")
                        .additionalProperties(HandWrittenSchemas.ref("ModuleParameters"))
                        .example(Ordered.map("DEMO-SEATS", Ordered.map("sessionId", "ws-42", "action", "checkOut")));
            }
            return new Schema<>()
                    .type("object")
                    .description("Custom properties: names to texts.")
                    .additionalProperties(plain((Class<?>) value, null))
                    .example(Ordered.map("region", "EU"));
        }
        Schema<?> schema = plain(component.getType(), name);
        Length length = component.getAnnotation(Length.class);
        if (length != null) {
            schema.maxLength(length.max());
            if (length.min() > 0) {
                schema.minLength(length.min());
            }
        }
        Pattern pattern = component.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.pattern(pattern.regexp());
        }
        if (component.isAnnotationPresent(Email.class)) {
            schema.format("email");
        }
        return schema;
    }

    private Schema<?> plain(Class<?> type, String name) {
        Schema<Object> schema = new Schema<>();
        if (type == String.class) {
            schema.type("string");
            if (name != null && ENUMS.containsKey(name)) {
                schema._enum(new ArrayList<>(ENUMS.get(name)));
            }
        } else if (type == Boolean.class || type == boolean.class) {
            schema.type("boolean");
        } else if (type == Integer.class || type == int.class) {
            schema.type("integer").format("int32");
        } else if (type == Long.class || type == long.class) {
            schema.type("integer").format("int64");
        } else if (type == BigDecimal.class) {
            schema.type("number").description("At most 4 decimals, below 10^15.");
        } else if (type == Instant.class) {
            schema.type("string").format("date-time");
        } else if (type == LocalDate.class) {
            schema.type("string").format("date");
        } else if (type.isRecord()) {
            return refTo(type);
        } else {
            throw new IllegalArgumentException("no JSON type for " + type + (name == null ? "" : " (" + name + ")"));
        }
        if (name != null && EXAMPLES.containsKey(name)) {
            schema.example(EXAMPLES.get(name));
        }
        return schema;
    }

    /** An example body of this record, from its properties' examples. */
    Object example(Class<?> type) {
        return type.isRecord() ? exampleOf(refTo(type)) : null;
    }

    /** An example value of a schema (following references, one level of arrays). */
    Object exampleOf(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = byName.get(name);
            return target == null ? HandWrittenSchemas.example(name) : exampleOf(target);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getItems() != null) {
            Object item = exampleOf(schema.getItems());
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> example = new LinkedHashMap<>();
            schema.getProperties().forEach((property, value) -> {
                Object sample = exampleOf(value);
                if (sample != null) {
                    example.put(property, sample);
                }
            });
            return example;
        }
        return null;
    }

    static Schema<?> numberSchema() {
        return new Schema<>().type("string").pattern("^[A-Za-z0-9_-]{1,64}$").example("CUST-1001");
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The members of the report answers (days, counts and a job run), by name as the rest. */
    private static void reportExamples(Map<String, Object> examples) {
        examples.put("from", "2026-11-30");
        examples.put("to", "2026-12-01");
        examples.put("day", "2026-12-01");
        examples.put("moduleNumber", "M-SEATS");
        examples.put("validations", 1200);
        examples.put("validAnswers", 1185);
        examples.put("invalidAnswers", 15);
        examples.put("licensees", 42);
        examples.put("consumed", 310);
        examples.put("peakInUse", 5);
        examples.put("allowed", 5);
        examples.put("refusedCheckouts", 3);
        examples.put("nodes", 3);
        examples.put("executionId", 17);
        examples.put("instanceId", 12);
        examples.put("status", "STARTED");
        examples.put("exitStatus", "STARTED");
        examples.put("started", "2026-12-02T02:30:00Z");
        examples.put("items", 1000);
        examples.put("done", 450);
        examples.put("facts", 2900);
        examples.put("read", 450);
        examples.put("written", 450);
        examples.put("percent", 45);
        examples.put("running", true);
        examples.put("restartable", false);
    }

    private static Map<String, Object> examples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("number", "P-1001");
        examples.put("name", "Acme CAD");
        examples.put("version", "2.1");
        examples.put("description", "Computer-aided design for small workshops");
        examples.put("productNumber", "P-1001");
        examples.put("productModuleNumber", "M-SUB");
        examples.put("licenseTemplateNumber", "T-SUB-1Y");
        examples.put("licenseeNumber", "CUST-1001");
        examples.put("licensingModel", "Subscription");
        examples.put("licenseType", "TIMEVOLUME");
        examples.put("timeVolume", 1);
        examples.put("timeVolumePeriod", "YEAR");
        examples.put("price", 99.0);
        examples.put("currency", "EUR");
        examples.put("quantity", 100);
        examples.put("maxSessions", 5);
        examples.put("startDate", "2026-12-01T00:00:00Z");
        examples.put("active", true);
        examples.put("revision", 1);
        examples.put("role", "BROKER");
        examples.put("licenseeSecretMode", "DISABLED");
        examples.put("vatMode", "GROSS");
        examples.put("email", "sales@acme.example");
        examples.put("vendorName", "Acme Tools GmbH");
        examples.put("username", "acme-admin");
        examples.put("password", "correct horse battery");
        examples.put("keyId", "K-3f2a9c");
        examples.put("algorithm", "Ed25519");
        examples.put("validDays", 30);
        examples.put("nonce", "n-7f3e2a");
        examples.put("dryRun", false);
        examples.put("defaultCurrency", "EUR");
        examples.put("timeZone", "Europe/Berlin");
        examples.put("createdAt", "2026-12-01T09:30:00Z");
        examples.put("occurredAt", "2026-12-01T09:30:00Z");
        reportExamples(examples);
        return examples;
    }
}
