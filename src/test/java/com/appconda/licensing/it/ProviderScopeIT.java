package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API's providers act on the JSON API alone: a second JAX-RS application in the same WAR (the test
 * extras' probe at {@code /probe}, standing in for the NetLicensing API) gets neither its authentication, nor its
 * strict JSON reading, nor its problem documents; and the probe's own exception mapper never answers for
 * {@code /api}.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderScopeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api anonymous;

    @BeforeEach
    void probeIsDeployed() {
        assumeTrue(Deployments.hasTestExtras(), "the deployment is the unchanged WAR, without the probe application");
        anonymous = Api.anonymous(base);
    }

    private URI probe(String path) {
        try {
            return base.toURI().resolve("probe/" + path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theApisAuthenticationDoesNotGuardAnotherApplication() {
        Reply echo = anonymous.send("POST", probe("echo"), "{\"text\":\"hello\"}", "application/json");

        assertThat(echo.status()).as(echo.describe()).isEqualTo(200);
        assertThat(echo.json().getString("text")).isEqualTo("hello");
    }

    @Test
    void theApisStrictJsonDoesNotReadAnotherApplicationsBodies() {
        Reply echo = anonymous.send("POST", probe("echo"), "{\"text\": 12}", "application/json");

        assertThat(echo.status())
                .as("the runtime's default JSON-B takes 12 for a string: " + echo.describe())
                .isEqualTo(200);
        assertThat(echo.json().getString("text")).isEqualTo("12");
        anonymous
                .withBasic("demo", "demo")
                .send("POST", "products", "{\"number\": 12, \"name\": \"n\"}")
                .problem(400);
    }

    @Test
    void anotherApplicationsFailuresAreAnsweredByItsOwnMapperNotByTheApisProblems() {
        Reply failure = anonymous.send("GET", probe("echo/failure"), null, null);
        Reply malformed = anonymous.send("POST", probe("echo"), "{", "application/json");

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.body()).isEqualTo("probe-mapper: 500").doesNotContain("problem");
        assertThat(malformed.body())
                .as("the probe's own mapper, whatever status it chose: " + malformed.describe())
                .startsWith("probe-mapper: ");
        assertThat(malformed.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void theApisFailuresAreNeverAnsweredByAnotherApplicationsMapper() {
        Reply unknown = anonymous.withBasic("demo", "demo").get("no-such-resource");
        Reply malformed = anonymous.withBasic("demo", "demo").send("POST", "products", "[1]");

        assertThat(unknown.problem(404).toString()).doesNotContain("probe-mapper");
        assertThat(malformed.problem(400).getString("type")).endsWith("/malformed-json");
        assertThat(malformed.body()).doesNotContain("probe-mapper");
    }
}
