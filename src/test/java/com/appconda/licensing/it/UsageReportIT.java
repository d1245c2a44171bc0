package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly report job, run on demand through the API: usage recorded through the Broker becomes daily facts,
 * every one of them as the rules say, and a second run for the same day gives the same facts.
 */
@ExtendWith(ArquillianExtension.class)
class UsageReportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api vendor;
    String today;

    @BeforeEach
    void vendor() {
        vendor = Api.signUpVendor(base, "reports");
        today = LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void validationsBecomeDailyFactsAndARunAgainGivesTheSameFacts() {
        Usage usage = recordUsage();

        JsonArray facts = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(this::runAndReadFacts, found -> found.size() == 3 && validations(found) == 10);

        Map<String, JsonObject> byModule = facts.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("moduleNumber"), f -> f));
        JsonObject credits = byModule.get(usage.credits);
        assertThat(credits.getString("licenseeNumber")).isEqualTo(usage.creditsLicensee);
        assertThat(credits.getString("licensingModel")).isEqualTo("PayPerUse");
        assertThat(credits.getInt("validations")).isEqualTo(3);
        assertThat(credits.getInt("validAnswers")).isEqualTo(3);
        assertThat(credits.getInt("consumed")).isEqualTo(6);
        assertThat(credits.getInt("unitsLeft")).isEqualTo(94);
        assertThat(credits.containsKey("peakInUse"))
                .as("pay-per-use holds nothing")
                .isFalse();

        JsonObject seats = byModule.get(usage.seats);
        assertThat(seats.getInt("validations")).isEqualTo(4);
        assertThat(seats.getInt("validAnswers")).isEqualTo(3);
        assertThat(seats.getInt("invalidAnswers")).isEqualTo(1);
        assertThat(seats.getInt("peakInUse")).isEqualTo(2);
        assertThat(seats.getInt("allowed")).isEqualTo(2);
        assertThat(seats.getInt("refusedCheckouts")).isEqualTo(1);

        JsonObject nodes = byModule.get(usage.nodes);
        assertThat(nodes.getInt("validations")).isEqualTo(3);
        assertThat(nodes.getInt("invalidAnswers")).isEqualTo(1);
        assertThat(nodes.getInt("allowed")).isEqualTo(1);

        JsonObject day =
                only(vendor.get("reports/usage?from=" + today + "&to=" + today).jsonArray());
        assertThat(day.getInt("validations")).isEqualTo(10);
        assertThat(day.getInt("validAnswers")).isEqualTo(8);
        assertThat(day.getInt("invalidAnswers")).isEqualTo(2);
        assertThat(day.getInt("licensees")).isEqualTo(3);
        assertThat(day.getInt("consumed")).isEqualTo(6);
        assertThat(day.getInt("peakInUse")).isEqualTo(2);
        assertThat(day.getInt("refusedCheckouts")).isEqualTo(1);
        assertThat(day.getInt("newLicensees"))
                .as("the three licensees made today")
                .isEqualTo(3);
        assertThat(day.getInt("newLicenses")).as("one license each").isEqualTo(3);
        assertThat(day.getInt("unitsLeft")).as("100 credits, 6 used").isEqualTo(94);
        assertThat(day.containsKey("quota")).as("no Quota module").isFalse();

        JsonObject anomaly = only(vendor.get("reports/node-anomalies?from=" + today + "&to=" + today)
                .jsonArray());
        assertThat(anomaly.getString("licenseeNumber")).isEqualTo(usage.nodesLicensee);
        assertThat(anomaly.getInt("nodes"))
                .as("two machines named, one allowed")
                .isEqualTo(2);

        assertThat(runAndReadFacts())
                .as("a second run replaces the day's facts with the same")
                .isEqualTo(facts);
        assertThat(vendor.get("reports/usage?from=" + today + "&to=" + today).jsonArray())
                .containsExactly(day);
    }

    @Test
    void theUsageReportIsAlsoCsvAndGroupsByWeekAndMonth() {
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        Reply csv = vendor.sendWithHeader(
                "GET", "reports/usage?granularity=month&from=" + from + "&to=" + today, null, "Accept", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("from,to,validations,validAnswers,invalidAnswers,licensees");
        assertThat(lines).as("two or three calendar months in 41 days").hasSizeBetween(3, 4);
        assertThat(lines.get(1)).startsWith(from + ",");

        Reply anything =
                vendor.sendWithHeader("GET", "reports/usage?from=" + from + "&to=" + today, null, "Accept", "*/*");
        assertThat(anything.mediaType())
                .as("a client that takes anything gets JSON")
                .isEqualTo("application/json");

        JsonArray weeks = vendor.get("reports/usage?granularity=week&from=" + from + "&to=" + today)
                .jsonArray();
        assertThat(weeks.size()).isBetween(6, 7);
    }

    @Test
    void datesThatMakeNoRangeAreRefusedFieldByField() {
        vendor.post("reports/runs", Json.object("from", today, "to", "2020-01-01"))
                .problemNaming(400, "to");
        vendor.post("reports/runs", Json.object("from", "yesterday", "to", today))
                .problemNaming(400, "from");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        vendor.post("reports/runs", Json.object("from", today, "to", tomorrow)).problemNaming(400, "to");
        vendor.get("reports/usage?from=" + today + "&to=" + today + "&granularity=hour")
                .problemNaming(400, "granularity");
        vendor.get("reports/usage?to=" + today).problemNaming(400, "from");
        vendor.post("reports/runs", Json.object("from", today, "to", today, "chunkSize", 0))
                .problemNaming(400, "chunkSize");
        vendor.post("reports/runs", Json.object("from", today, "to", today, "chunkSize", "ten"))
                .problemNaming(400, "chunkSize");
        vendor.get("reports/runs/987654321").problem(404);
    }

    /**
     * A run stopped in the middle of its aggregate step (one licensee-day per checkpoint, so that it is still at
     * work when the stop arrives) restarts from its checkpoint: every licensee-day is counted once over both
     * executions, and the facts are those of a run that was never stopped.
     */
    @Test
    void aRunStoppedMidStepRestartsFromItsCheckpointWithTheSameFacts() {
        JsonArray uninterrupted = licenseesThatEachConsumedOnce(120);
        long factsOfAFullRun = vendor.get("reports/runs")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("facts")
                .longValue();

        JsonObject stopped = stoppedMidStep();
        long items = stopped.getJsonNumber("items").longValue();
        long written = stopped.getJsonNumber("written").longValue();
        assertThat(written)
                .as("stopped in the middle: %s", stopped)
                .isPositive()
                .isLessThan(items);

        JsonObject restarted = vendor.sendWithHeader(
                        "POST", "reports/runs/" + stopped.getInt("executionId") + "/restart", null)
                .jsonWith(202);
        JsonObject done = finished(restarted.getJsonNumber("executionId").longValue());
        assertThat(done.getString("status")).as("%s", done).isEqualTo("COMPLETED");
        assertThat(done.getInt("instanceId")).isEqualTo(stopped.getInt("instanceId"));
        // Every licensee-day counted once over both executions: a restart from the start would count the ones
        // before the checkpoint twice (and fail on their facts' keys, which the clear step does not free again).
        assertThat(done.getJsonNumber("done").longValue())
                .as("licensee-days done over both executions")
                .isEqualTo(items);
        assertThat(done.getJsonNumber("facts").longValue()).isEqualTo(factsOfAFullRun);
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(vendor.get("reports/licensee-modules?from=" + today + "&to=" + today)
                        .jsonArray())
                .as("the same facts as a run never stopped")
                .containsExactlyInAnyOrderElementsOf(uninterrupted);
    }

    /**
     * Two runs of the same day at once (two nodes' timers, a second click): the second finds the day claimed and
     * ends at once as CLAIMED_ELSEWHERE, without touching the facts the first is writing.
     */
    @Test
    void aSecondRunOfADayThatIsBeingAggregatedLeavesItToTheFirst() {
        licenseesThatEachConsumedOnce(60);

        long first = vendor.post("reports/runs", Json.object("from", today, "to", today, "chunkSize", 1))
                .jsonWith(202)
                .getJsonNumber("executionId")
                .longValue();
        JsonObject working = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> vendor.get("reports/runs/" + first).ok(),
                        r -> r.getJsonNumber("done").longValue() > 0 || !r.getBoolean("running"));
        assertThat(working.getBoolean("running"))
                .as("the first run still aggregates: %s", working)
                .isTrue();
        long second = vendor.post("reports/runs", Json.object("from", today, "to", today))
                .jsonWith(202)
                .getJsonNumber("executionId")
                .longValue();

        JsonObject left = finished(second);
        assertThat(left.getString("status")).isEqualTo("COMPLETED");
        assertThat(left.getString("exitStatus")).isEqualTo("CLAIMED_ELSEWHERE");
        assertThat(left.getJsonNumber("written").longValue()).isZero();
        JsonObject done = finished(first);
        assertThat(done.getString("exitStatus")).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("done").longValue())
                .isEqualTo(done.getJsonNumber("items").longValue());
        assertThat(vendor.get("reports/licensee-modules?from=" + today + "&to=" + today)
                        .jsonArray())
                .hasSize(60);
    }

    /**
     * Licensees of a new pay-per-use product that each consumed one unit today, with their facts once a run has
     * found them all (the usage events are written in batches).
     */
    private JsonArray licenseesThatEachConsumedOnce(int count) {
        String product = product();
        String module = module(product, "PayPerUse");
        String template = Api.unique("T");
        Seed.template(vendor, module, template, "licenseType", "QUANTITY", "quantity", 100);
        Broker broker = new Broker(vendor, product);
        for (int i = 0; i < count; i++) {
            String licensee = Api.unique("L");
            Seed.licensee(vendor, product, licensee);
            Seed.license(vendor, licensee, template, Api.unique("LIC"));
            broker.answer(licensee, "modules", params(module, "usedQuantity", 1));
        }
        return await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(this::runAndReadFacts, found -> found.size() == count);
    }

    /** Starts runs of one licensee-day per checkpoint and stops one once it has written some, but not all. */
    private JsonObject stoppedMidStep() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long run = vendor.post("reports/runs", Json.object("from", today, "to", today, "chunkSize", 1))
                    .jsonWith(202)
                    .getJsonNumber("executionId")
                    .longValue();
            JsonObject progress = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(10))
                    .until(
                            () -> vendor.get("reports/runs/" + run).ok(),
                            r -> r.getJsonNumber("done").longValue() > 0 || !r.getBoolean("running"));
            if (progress.getBoolean("running")
                    && vendor.sendWithHeader("POST", "reports/runs/" + run + "/stop", null)
                                    .status()
                            == 200) {
                JsonObject stopped = finished(run);
                if ("STOPPED".equals(stopped.getString("status"))
                        && stopped.getJsonNumber("written").longValue()
                                < stopped.getJsonNumber("items").longValue()) {
                    return stopped;
                }
            }
            finished(run);
        }
        throw new AssertionError("no run was still aggregating when it was stopped, in five attempts");
    }

    private JsonObject finished(long run) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> vendor.get("reports/runs/" + run).ok(), r -> !r.getBoolean("running"));
    }

    /** Starts a run for today, waits until it has completed, and reads the vendor's facts of today. */
    private JsonArray runAndReadFacts() {
        JsonObject started = vendor.post("reports/runs", Json.object("from", today, "to", today))
                .jsonWith(202);
        long run = started.getJsonNumber("executionId").longValue();
        JsonObject done = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> vendor.get("reports/runs/" + run).ok(), r -> !r.getBoolean("running"));
        assertThat(done.getString("status")).as("run %s: %s", run, done).isEqualTo("COMPLETED");
        return vendor.get("reports/licensee-modules?from=" + today + "&to=" + today)
                .jsonArray();
    }

    private Usage recordUsage() {
        Usage usage = new Usage();
        String creditsProduct = product();
        usage.credits = module(creditsProduct, "PayPerUse");
        usage.creditsLicensee = licenseeWith(creditsProduct, usage.credits, "QUANTITY", "quantity", 100);
        Broker broker = new Broker(vendor, creditsProduct);
        for (int i = 0; i < 3; i++) {
            broker.answer(usage.creditsLicensee, "modules", params(usage.credits, "usedQuantity", 2));
        }

        String seatsProduct = product();
        usage.seats = module(seatsProduct, "Floating", "maxCheckoutValidity", "600");
        String seatsLicensee = licenseeWith(seatsProduct, usage.seats, "FLOATING", "maxSessions", 2);
        broker = new Broker(vendor, seatsProduct);
        for (String session : List.of("s1", "s2", "s3")) {
            broker.answer(seatsLicensee, "modules", params(usage.seats, "sessionId", session));
        }
        broker.answer(seatsLicensee, "modules", params(usage.seats, "sessionId", "s1", "action", "checkIn"));

        String nodesProduct = product();
        usage.nodes = module(nodesProduct, "NodeLocked", "nodeSecretMode", "CLIENT");
        usage.nodesLicensee = licenseeWith(nodesProduct, usage.nodes, "QUANTITY", "quantity", 1);
        broker = new Broker(vendor, nodesProduct);
        for (String node : List.of("machine-a", "machine-a", "machine-b")) {
            broker.answer(usage.nodesLicensee, "modules", params(usage.nodes, "nodeSecret", node));
        }
        return usage;
    }

    private String product() {
        String product = Api.unique("P");
        Seed.product(vendor, product);
        return product;
    }

    private String module(String product, String model, String... properties) {
        String module = Api.unique("M");
        if (properties.length == 0) {
            Seed.module(vendor, product, module, "licensingModel", model);
        } else {
            Seed.module(
                    vendor, product, module, "licensingModel", model, "properties", Json.object((Object[]) properties));
        }
        return module;
    }

    private String licenseeWith(String product, String module, String type, String field, int value) {
        String template = Api.unique("T");
        Seed.template(vendor, module, template, "licenseType", type, field, value);
        String licensee = Api.unique("C");
        Seed.licensee(vendor, product, licensee);
        Seed.license(vendor, licensee, template, Api.unique("L"));
        return licensee;
    }

    private static long validations(JsonArray facts) {
        return facts.getValuesAs(JsonObject.class).stream()
                .mapToLong(f -> f.getInt("validations"))
                .sum();
    }

    private static JsonObject only(JsonArray array) {
        assertThat(array).hasSize(1);
        return array.getJsonObject(0);
    }

    /** What {@link #recordUsage()} made: the three modules and the licensees that used them. */
    private static final class Usage {
        String credits;
        String creditsLicensee;
        String seats;
        String nodes;
        String nodesLicensee;
    }
}
