package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as the deployment serves it: the application's own {@code openapi.json}, byte for byte the
 * one {@code ApiDocumentTest} keeps equal to the code, as {@code application/json}; and the server's MicroProfile
 * OpenAPI endpoint {@code /openapi}, which re-serialises the same document (Payara adds its own {@code endpoints}
 * list), with the same operations, statuses and schemas.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Path FILE = Path.of("src/main/webapp/openapi.json");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theApplicationServesTheDocumentAsItIsAsJson() throws Exception {
        Api api = Api.anonymous(base);
        Reply served = api.getAbsolute(URI.create(base.toString()).resolve("openapi.json"))
                .expect(200);

        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(served.body()).isEqualTo(Files.readString(FILE));
    }

    @Test
    void theServersOpenApiEndpointDescribesTheSameOperationsAndSchemas() throws Exception {
        Api api = Api.anonymous(base);
        JsonObject served = api.getAbsolute(
                        api.serverRoot().resolve("openapi?format=JSON"), "Accept", "application/json")
                .expect(200)
                .json();
        JsonObject file =
                Json.createReader(new StringReader(Files.readString(FILE))).readObject();

        // Payara keeps the paths and puts the context path in servers; WildFly (SmallRye) prefixes the paths.
        String contextPath = base.getPath().replaceAll("/$", "");
        assertThat(operations(served, contextPath)).isEqualTo(operations(file, ""));
        assertThat(served.getJsonObject("components").getJsonObject("schemas").keySet())
                .isEqualTo(file.getJsonObject("components")
                        .getJsonObject("schemas")
                        .keySet());
        assertThat(served.getJsonObject("components").getJsonObject("schemas").getJsonObject("Reason"))
                .isEqualTo(file.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject("Reason"));
    }

    /** "METHOD path" to "operationId: statuses", for every operation of a document, paths below the context path. */
    private static Map<String, String> operations(JsonObject document, String contextPath) {
        Map<String, String> operations = new TreeMap<>();
        document.getJsonObject("paths")
                .forEach((served, item) -> item.asJsonObject().forEach((method, operation) -> {
                    String path = !contextPath.isEmpty() && served.startsWith(contextPath + "/")
                            ? served.substring(contextPath.length())
                            : served;
                    if (operation.getValueType() == JsonValue.ValueType.OBJECT) {
                        JsonObject described = operation.asJsonObject();
                        operations.put(
                                method + " " + path,
                                described.getString("operationId") + ": "
                                        + new TreeMap<>(described.getJsonObject("responses")).keySet() + " security "
                                        + described.containsKey("security"));
                    }
                }));
        return operations;
    }
}
