package com.appconda.licensing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployment is ready, describes its API, answers unknown paths as problems and seeds the demo vendor. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void readinessIsUpWithTheMigratedSchemaVersion() {
        Api api = Api.anonymous(base);
        JsonObject health = api.getAbsolute(api.health("ready")).ok();

        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject check = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("applicensing"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no applicensing check in " + health));
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("schemaVersion")).matches("\\d+(\\.\\d+)*");
        assertThat(check.getJsonObject("data").getString("database")).isEqualTo("reachable");
    }

    @Test
    void openApiDocumentListsTheProductsPath() {
        Api api = Api.anonymous(base);
        Reply openapi = api.send("GET", api.serverRoot().resolve("openapi?format=JSON"), null, null);
        JsonObject document = openapi.expect(200).json();

        assertThat(document.getJsonObject("paths").keySet())
                .as(openapi.describe())
                .anyMatch(path -> path.endsWith("/api/v1/products"))
                .anyMatch(path -> path.endsWith("/api/v1/products/{number}"))
                .anyMatch(path -> path.endsWith("/api/v1/licenses"));
        assertThat(document.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .keySet())
                .contains("basic", "bearer");
    }

    @Test
    void unknownApiPathAnswersNotFoundProblem() {
        Api demo = Api.anonymous(base).withBasic("demo", "demo");
        demo.get("no-such-resource").problem(404);
    }

    @Test
    void unsupportedMethodAnswersMethodNotAllowedProblem() {
        Api demo = Api.anonymous(base).withBasic("demo", "demo");
        demo.send("PUT", "products/DEMO-APP", "{}").problem(405);
    }

    @Test
    void demoVendorIsSeededWithACatalogOfEveryLicensingModelThroughTheFacades() {
        Api demo = Api.anonymous(base).withBasic("demo", "demo");

        assertThat(demo.get("products/DEMO-APP").ok().getBoolean("inUse")).isTrue();
        assertThat(demo.get("product-modules/DEMO-SUBSCRIPTION").ok().getString("productNumber"))
                .isEqualTo("DEMO-APP");
        JsonObject template = demo.get("license-templates/DEMO-MONTHLY").ok();
        assertThat(template.getString("licenseType")).isEqualTo("TIMEVOLUME");
        assertThat(template.getString("timeVolumePeriod")).isEqualTo("MONTH");
        assertThat(demo.get("licensees/DEMO-CUSTOMER").ok().getString("productNumber"))
                .isEqualTo("DEMO-APP");
        JsonObject license = demo.get("licenses/DEMO-LICENSE").ok();
        assertThat(license.getString("licenseeNumber")).isEqualTo("DEMO-CUSTOMER");
        assertThat(license.getString("licenseTemplateNumber")).isEqualTo("DEMO-MONTHLY");
        assertThat(license.getString("startDate"))
                .as("started by the demo's first validation")
                .isNotBlank();

        assertThat(demo.get("product-modules?size=50")
                        .ok()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(module -> module.getString("licensingModel"))
                .containsExactlyInAnyOrder(
                        "Subscription",
                        "TryAndBuy",
                        "MultiFeature",
                        "Floating",
                        "NodeLocked",
                        "Quota",
                        "PayPerUse",
                        "PricingTable",
                        "Rental");
        assertThat(demo.get("licensees/DEMO-EVALUATOR").ok().getString("productNumber"))
                .as("auto-created by the demo's validation")
                .isEqualTo("DEMO-APP");
        assertThat(demo.get("audit?limit=500").jsonArray().getValuesAs(JsonObject.class))
                .as("every demo entity was made through the audited facades")
                .filteredOn(entry -> entry.getString("action").equals("CREATE"))
                .extracting(entry -> entry.getString("entityNumber"))
                .contains("DEMO-APP", "DEMO-SEATS", "DEMO-PLAN-BASIC", "DEMO-TEAM", "DEMO-LICENSE");
    }

    @Test
    void demoValidationsRanThroughTheBroker() {
        Api demo = Api.anonymous(base).withBasic("demo", "demo");

        JsonObject team = demo.post(
                        "licensees/DEMO-TEAM/validate",
                        Json.object(
                                "productNumber",
                                "DEMO-TEAM-SERVER",
                                "dryRun",
                                true,
                                "modules",
                                Json.object(
                                        "DEMO-SEATS",
                                        Json.object("sessionId", "workstation-17"),
                                        "DEMO-SERVERS",
                                        Json.object("nodeSecret", "build-server-a"))))
                .ok();
        assertThat(Broker.module(team, "DEMO-SEATS").getInt("seatsInUse"))
                .as("the seat the demo checked out, extended by this dry run")
                .isEqualTo(1);
        assertThat(Broker.module(team, "DEMO-SERVERS").getBoolean("valid"))
                .as("the demo registered it")
                .isTrue();
        JsonObject studio = demo.post(
                        "licensees/DEMO-STUDIO/validate", Json.object("productNumber", "DEMO-CLOUD", "dryRun", true))
                .ok();
        assertThat(Broker.module(studio, "DEMO-CREDITS").getInt("remainingQuantity"))
                .as("100 credits, 3 used, and two packs of 100 bought in the shop")
                .isEqualTo(297);
        assertThat(studio.getBoolean("valid")).isTrue();
    }

    @Test
    void theDemoStudioBoughtCreditsInTheShop() {
        Api demo = Api.anonymous(base).withBasic("demo", "demo");

        JsonObject sale = demo.get("transactions?licenseeNumber=DEMO-STUDIO&status=CLOSED")
                .ok()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(sale.getString("taxTreatment")).isEqualTo("EU_CONSUMER");
        assertThat(sale.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("50");
        assertThat(sale.getInt("licenses")).isEqualTo(2);
        assertThat(demo.get("licensees/studio@example.com").ok().getString("number"))
                .isEqualTo("DEMO-STUDIO");
    }
}
