package com.appconda.licensing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.appconda.licensing.engine.control.ReasonCatalogue;
import com.appconda.licensing.platform.boundary.LicensingApi;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at {@code /openapi} ({@code src/main/resources/META-INF/openapi.yaml}) is what
 * {@link ApiDocument} makes of the code, and a code generator can use it: valid for swagger-parser, unique
 * operationIds, a response per status with its schema, examples, enums, instants as date-time. After a change to
 * the API, write the document again with {@code mvn test -Dtest=ApiDocumentTest -Dopenapi.write=true} and review
 * its diff.
 */
class ApiDocumentTest {

    /** What the server's MicroProfile OpenAPI endpoint ({@code /openapi}) serves. */
    static final java.nio.file.Path SERVED = java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml");
    /** The same document as the application serves it itself, byte for byte, as application/json. */
    static final java.nio.file.Path SERVED_JSON = java.nio.file.Path.of("src/main/webapp/openapi.json");

    private static OpenAPI built;
    private static String yaml;
    private static String json;

    @BeforeAll
    static void buildFromTheCode() throws Exception {
        built = ApiDocument.of(resources());
        yaml = Yaml.pretty(built);
        json = io.swagger.v3.core.util.Json.pretty(built) + "\n";
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(SERVED, yaml);
            Files.writeString(SERVED_JSON, json);
        }
    }

    @Test
    void theServedDocumentIsTheOneTheCodeMakes() throws IOException {
        String stale = "%s is stale: run mvn test -Dtest=ApiDocumentTest -Dopenapi.write=true and review the diff";
        assertThat(Files.readString(SERVED)).as(stale, SERVED).isEqualTo(yaml);
        assertThat(Files.readString(SERVED_JSON)).as(stale, SERVED_JSON).isEqualTo(json);
    }

    @Test
    void swaggerParserReadsItWithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).hasSameSizeAs(built.getPaths());
    }

    @Test
    void everyOperationHasAUniqueIdASummaryATagAndNoDefaultResponse() {
        List<String> ids = new ArrayList<>();
        operations().forEach((name, operation) -> {
            ids.add(operation.getOperationId());
            assertThat(operation.getSummary()).as(name).isNotBlank();
            assertThat(operation.getTags()).as(name).hasSize(1);
            assertThat(operation.getResponses()).as(name).doesNotContainKey("default");
            assertThat(operation.getResponses().keySet())
                    .as(name)
                    .anyMatch(status -> status.startsWith("2"))
                    .contains("429");
        });
        long resourceMethods = resourcesQuietly().stream()
                .flatMap(type -> java.util.Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> ApiDocument.httpMethodOrNull(method) != null)
                .filter(method -> !ApiDocument.answersInAnotherMediaType(method))
                .count();
        assertThat(ids)
                .as("one operation per resource method, a CSV twin being a content of its JSON one")
                .hasSize((int) resourceMethods)
                .doesNotHaveDuplicates();
        assertThat(built.getTags()).extracting(tag -> tag.getName()).doesNotHaveDuplicates();
    }

    @Test
    void everyAnswerAndBodyHasASchemaAndAnExample() {
        operations().forEach((name, operation) -> {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && !status.equals("204")) {
                    var media = response.getContent().get(ApiDocument.JSON);
                    assertThat(media.getSchema()).as(name + " " + status).isNotNull();
                    assertThat(media.getExample())
                            .as("example of " + name + " " + status)
                            .isNotNull();
                }
            });
            if (operation.getRequestBody() != null) {
                var media = operation.getRequestBody().getContent().get(ApiDocument.JSON);
                assertThat(media.getSchema()).as(name).isNotNull();
                assertThat(media.getExample()).as("request example of " + name).isNotNull();
            }
        });
    }

    @Test
    void errorsAreProblemDocumentsAndTheBrokerAnswerTellsItsSignature() {
        Map<String, ApiResponse> responses = built.getComponents().getResponses();
        assertThat(responses)
                .containsKeys("BadRequest", "Unauthenticated", "NotFound", "RuleViolation", "TooManyRequests");
        responses.values().forEach(response -> assertThat(response.getContent()).containsOnlyKeys(ApiDocument.PROBLEM));
        Operation validate = operations().get("POST /api/v1/licensees/{licenseeNumber}/validate");
        ApiResponse ok = validate.getResponses().get("200");
        assertThat(ok.getHeaders()).containsKey("Licensing-Signature");
        assertThat(ok.getContent().get(ApiDocument.JSON).getSchema().get$ref()).endsWith("/ValidationAnswer");
        assertThat(validate.getParameters()).extracting(p -> p.getName()).contains("licenseeNumber", "Idempotency-Key");
    }

    @Test
    void closedSetsAreEnumsInstantsAreDateTimesAndReasonCodesAreTheCatalogue() {
        Map<String, Schema> schemas = built.getComponents().getSchemas();
        assertThat(property(schemas, "LicenseTemplateRequest", "licenseType").getEnum())
                .containsExactly((Object[]) new String[] {"FEATURE", "TIMEVOLUME", "FLOATING", "QUANTITY"});
        assertThat(property(schemas, "LicenseResponse", "timeVolumePeriod").getEnum())
                .contains("DAY", "YEAR");
        assertThat(property(schemas, "ApiKeyRequest", "role").getEnum())
                .contains((Object[]) new String[] {"ADMIN", "READ_ONLY", "BROKER"});
        assertThat(property(schemas, "LicenseResponse", "startDate").getFormat())
                .isEqualTo("date-time");
        assertThat(property(schemas, "ApiKeyResponse", "createdAt").getFormat()).isEqualTo("date-time");
        assertThat(property(schemas, "Reason", "code").getEnum())
                .containsExactlyElementsOf(ReasonCatalogue.entries().stream()
                        .map(ReasonCatalogue.Entry::code)
                        .map(Object.class::cast)
                        .toList());
        assertThat(schemas.get("ValidationRequest").getAdditionalProperties())
                .as("a member the request does not have is refused")
                .isEqualTo(false);
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties()
                        .forEach((property, value) -> assertThat(
                                        ((Schema<?>) value).getType() != null || ((Schema<?>) value).get$ref() != null)
                                .as(name + "." + property + " has a type")
                                .isTrue());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> property(Map<String, Schema> schemas, String schema, String property) {
        return (Schema<Object>) schemas.get(schema).getProperties().get(property);
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new java.util.LinkedHashMap<>();
        built.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    private static List<Class<?>> resourcesQuietly() {
        try {
            return resources();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The resources of the JSON API, found in the compiled classes as the application finds them. */
    static List<Class<?>> resources() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("com/appconda/licensing"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class"))
                    .sorted()
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name);
                    if (type.isAnnotationPresent(LicensingApi.class) && type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        resources.sort(Comparator.comparing(Class::getName));
        return resources;
    }
}
