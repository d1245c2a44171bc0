package com.appconda.licensing.it;

import static com.appconda.licensing.it.Broker.module;
import static com.appconda.licensing.it.Broker.params;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seats and quantities stay exact when many requests arrive at once: 64 requests released together
 * from 64 threads, each its own HTTP exchange, as 64 copies of the vendor's software would send them.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerConcurrencyIT {

    private static final int PARALLEL = 64;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    Api vendor;
    String product;
    Broker broker;

    @BeforeEach
    void product() {
        vendor = Api.signUpVendor(base, "race");
        product = Api.unique("P");
        Seed.product(vendor, product);
        broker = new Broker(vendor, product);
    }

    @Test
    void sixtyFourParallelCheckoutsOnFiveSeatsGrantExactlyFive() throws Exception {
        String m = Api.unique("M");
        Seed.module(
                vendor,
                product,
                m,
                "licensingModel",
                "Floating",
                "properties",
                Json.object("maxCheckoutValidity", "600"));
        String pool = Api.unique("T");
        Seed.template(vendor, m, pool, "licenseType", "FLOATING", "maxSessions", 5);
        String customer = Api.unique("C");
        Seed.licensee(vendor, product, customer);
        Seed.license(vendor, customer, pool, Api.unique("L"));

        List<JsonObject> answers = all(i -> broker.answer(customer, "modules", params(m, "sessionId", "session-" + i)));

        assertThat(answers.stream()
                        .filter(a -> module(a, m).getBoolean("valid"))
                        .count())
                .isEqualTo(5);
        JsonObject after =
                module(broker.answer(customer, "dryRun", true, "modules", params(m, "sessionId", "late")), m);
        assertThat(after.getBoolean("valid")).isFalse();
        assertThat(after.getInt("seatsInUse")).isEqualTo(5);
    }

    @Test
    void sixtyFourParallelReservationsOnFiftyCreditsGrantExactlyFifty() throws Exception {
        Credits credits = credits(50);
        String m = credits.module();
        String customer = credits.customer();

        List<JsonObject> answers = all(
                i -> broker.validateIdempotently(customer, "reserve-" + i, "modules", params(m, "reserveQuantity", 1))
                        .ok());

        assertThat(answers.stream()
                        .filter(a -> module(a, m).getBoolean("valid"))
                        .count())
                .isEqualTo(50);
        assertThat(module(broker.answer(customer, "dryRun", true), m).getInt("remainingQuantity"))
                .isZero();
    }

    @Test
    void sixtyFourParallelPostPaidUsesOnFiftyCreditsWriteOffAllSixtyFour() throws Exception {
        Credits credits = credits(50);
        String m = credits.module();
        String customer = credits.customer();

        all(i -> broker.validateIdempotently(customer, "use-" + i, "modules", params(m, "usedQuantity", 1))
                .ok());

        assertThat(module(broker.answer(customer, "dryRun", true), m).getInt("remainingQuantity"))
                .as("no use lost or counted twice: 50 - 64")
                .isEqualTo(-14);
    }

    /** A PayPerUse module and a new licensee holding one license of the given credits. */
    private Credits credits(int quantity) {
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "PayPerUse");
        String pack = Api.unique("T");
        Seed.template(vendor, m, pack, "licenseType", "QUANTITY", "quantity", quantity);
        String customer = Api.unique("C");
        Seed.licensee(vendor, product, customer);
        Seed.license(vendor, customer, pack, Api.unique("L"));
        return new Credits(m, customer);
    }

    private record Credits(String module, String customer) {}

    @Test
    void parallelFirstValidationsOfANewLicenseeCreateItOnce() throws Exception {
        vendor.patch("products/" + product, Json.object("licenseeAutoCreate", true))
                .ok();
        String m = Api.unique("M");
        Seed.module(vendor, product, m, "licensingModel", "TryAndBuy");
        Seed.fourteenDayTrial(vendor, m);
        String newcomer = Api.unique("NEW");

        List<JsonObject> answers = all(i -> broker.answer(newcomer));

        assertThat(answers).allSatisfy(a -> assertThat(a.getBoolean("valid")).isTrue());
        assertThat(Seed.count(vendor, "licensees?productNumber=" + product)).isEqualTo(1);
        assertThat(Seed.count(vendor, "licenses?licenseeNumber=" + newcomer))
                .as("one evaluation license")
                .isEqualTo(1);
    }

    /** Runs the call {@value #PARALLEL} times at once and returns every result (failing on any error). */
    private static <T> List<T> all(IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
