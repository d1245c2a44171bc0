package com.appconda.licensing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.appconda.licensing.verifier.JsonText;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a stand-in server on a loopback port that signs its answers as the real one does: retries
 * with one Idempotency-Key, refusals, the cache, binding to the nonce, and the offline fallback. The real server is
 * driven by {@code ClientLibraryIT}.
 */
class LicensingClientTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path files;

    private final KeyPair key = keyPair();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private Function<Map<String, Object>, Reply> behaviour;
    /** The stand-in server's clock: answers are issued now and hold 15 minutes. */
    private volatile Instant serverNow = NOW;

    record Reply(int status, String body, boolean signed) {}

    @BeforeEach
    void server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/licensees/", this::answer);
        // Requests are handled side by side, as a real server does: one does not wait for another to be answered.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aConsumingCallIsRetriedWithOneIdempotencyKeyUntilTheServerAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        behaviour = request -> attempts.incrementAndGet() < 3 ? new Reply(503, "", false) : valid(request);

        Validation answer = client(NOW).validate("C1", "P1", Map.of("M1", Map.of("usedQuantity", 1)));

        assertThat(answer.isValid("M1")).isTrue();
        assertThat(idempotencyKeys).hasSize(3).doesNotContainNull();
        assertThat(idempotencyKeys.stream().distinct())
                .as("one key for every attempt")
                .hasSize(1);
    }

    @Test
    void aRefusalIsNotRetriedAndTellsItsTypeAndFields() {
        behaviour = request -> new Reply(
                400,
                "{\"type\":\"https://applicensing.appconda.com/problems/invalid-input\",\"title\":\"Invalid input\","
                        + "\"status\":400,\"detail\":\"fix\",\"fields\":{\"modules.M1.usedQuantity\":\"must be a whole number\"}}",
                false);

        assertThatThrownBy(() -> client(NOW).validate("C1", "P1", Map.of("M1", Map.of("usedQuantity", "x"))))
                .isInstanceOfSatisfying(LicensingClientException.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.type()).isEqualTo("invalid-input");
                    assertThat(refused.fields()).containsKey("modules.M1.usedQuantity");
                    assertThat(refused.isKeyUnusable()).isFalse();
                });
        assertThat(requests).hasValue(1);
    }

    @Test
    void aRevokedKeyIsToldApartSoTheSoftwareStopsAsking() {
        behaviour = request -> new Reply(
                401, "{\"type\":\"https://applicensing.appconda.com/problems/api-key-revoked\",\"status\":401}", false);

        assertThatThrownBy(() -> client(NOW).validate("C1", "P1"))
                .isInstanceOfSatisfying(
                        LicensingClientException.Refused.class,
                        refused -> assertThat(refused.isKeyUnusable()).isTrue());
    }

    @Test
    void aReadOnlyAnswerIsCachedUntilItsTtlAndAConsumingOneNever() {
        behaviour = this::valid;
        MutableClock clock = new MutableClock(NOW);
        LicensingClient client = client(clock);

        client.validate("C1", "P1");
        client.validate("C1", "P1");
        assertThat(requests).as("the second answer came from the cache").hasValue(1);
        clock.now = NOW.plus(Duration.ofMinutes(16));
        serverNow = clock.now;
        client.validate("C1", "P1");
        assertThat(requests).as("after the ttl it asks again").hasValue(2);
        client.validate("C1", "P1", Map.of("M1", Map.of("usedQuantity", 1)));
        client.validate("C1", "P1", Map.of("M1", Map.of("usedQuantity", 1)));
        assertThat(requests).hasValue(4);
    }

    @Test
    void anAnswerToAnotherRequestOrWithoutASignatureIsNotTrusted() {
        behaviour = request -> valid(Map.of("productNumber", request.get("productNumber"), "nonce", "replayed"));
        assertThatThrownBy(() -> client(NOW).validate("C1", "P1"))
                .isInstanceOf(LicensingClientException.Untrusted.class)
                .hasMessageContaining("nonce");

        behaviour = request -> new Reply(200, answerJson(request, true), false);
        assertThatThrownBy(() -> client(NOW).validate("C1", "P1"))
                .isInstanceOf(LicensingClientException.Untrusted.class);
    }

    @Test
    void whenTheServerIsGoneAReadOnlyValidationIsAnsweredFromTheStoredOfflineFile() {
        behaviour = request -> request.containsKey("validDays")
                ? new Reply(200, offlineFile("2026-12-03T10:00:00Z"), false)
                : new Reply(503, "", false);
        LicensingClient client = client(NOW);
        assertThat(client.refreshOfflineFile("C1", "P1", 30).isValid("M1")).isTrue();

        Validation offline = client.validate("C1", "P1");

        assertThat(offline.fromOfflineFile()).isTrue();
        assertThat(offline.isValid("M1")).isTrue();
        assertThat(offline.isValid("DAY")).as("a one-day module ended").isFalse();
        assertThat(offline.module("M1").orElseThrow().validUntil()).isPresent();
        assertThatThrownBy(() -> client.validate("C1", "P1", Map.of("M1", Map.of("usedQuantity", 1))))
                .isInstanceOf(LicensingClientException.Unavailable.class)
                .hasMessageContaining("needs the server");
        assertThatThrownBy(() -> client.validate("C2", "P1"))
                .isInstanceOf(LicensingClientException.Unavailable.class)
                .hasMessageContaining("no offline file");
    }

    /** Found on WildFly: a renewal under way when the session closed reached the server after the checkIn. */
    @Test
    @SuppressWarnings("unchecked")
    void closingASessionChecksInAfterARenewalUnderWayHasBeenAnswered() throws Exception {
        List<String> actions = java.util.Collections.synchronizedList(new ArrayList<>());
        behaviour = request -> {
            Map<String, Object> parameters = ((Map<String, Map<String, Object>>) request.get("modules")).get("SEATS");
            String action = String.valueOf(parameters.get("action"));
            actions.add(action + " arrived");
            if (action.equals("checkOut")) {
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            actions.add(action + " answered");
            String until = Instant.now().plusSeconds(2).toString();
            String body = answerJson(request, true)
                    .replace("\"M1\"", "\"SEATS\"")
                    .replace("\"remainingQuantity\":9", "\"expirationTimestamp\":\"" + until + "\"");
            return new Reply(200, body, true);
        };
        serverNow = Instant.now();
        LicensingClient client = client(Clock.systemUTC());

        FloatingSession session = client.openFloatingSession("C1", "P1", "SEATS");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> actions.size() == 3 && actions.get(2).equals("checkOut arrived"));
        session.close();

        assertThat(actions)
                .containsExactly(
                        "checkOut arrived",
                        "checkOut answered",
                        "checkOut arrived",
                        "checkOut answered",
                        "checkIn arrived",
                        "checkIn answered");
        assertThat(session.isHeld()).isFalse();
    }

    @Test
    void numbersThatCannotBeLicenseeNumbersAreRefusedBeforeAnythingIsSent() {
        behaviour = this::valid;
        assertThatThrownBy(() -> client(NOW).validate("../admin", "P1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(requests).hasValue(0);
    }

    // ---- the stand-in server

    @SuppressWarnings("unchecked")
    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        Map<String, Object> request = (Map<String, Object>)
                JsonText.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Reply reply = behaviour.apply(request);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.signed()) {
            exchange.getResponseHeaders()
                    .add(
                            "Licensing-Signature",
                            "keyId=\"K1\", algorithm=\"Ed25519\", signature=\"" + sign(body) + "\"");
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private Reply valid(Map<String, Object> request) {
        return new Reply(200, answerJson(request, true), true);
    }

    private String answerJson(Map<String, Object> request, boolean valid) {
        return "{\"vendorNumber\":\"V1\",\"licenseeNumber\":\"C1\",\"productNumber\":\"" + request.get("productNumber")
                + "\",\"issuedAt\":\"" + serverNow + "\",\"ttl\":\"" + serverNow.plus(Duration.ofMinutes(15))
                + "\",\"nonce\":\""
                + request.get("nonce") + "\",\"dryRun\":false,\"valid\":" + valid + ",\"modules\":[{"
                + "\"productModuleNumber\":\"M1\",\"productModuleName\":\"One\",\"licensingModel\":\"PayPerUse\","
                + "\"valid\":" + valid + ",\"warningLevel\":\"GREEN\",\"reasons\":[],\"remainingQuantity\":9}]}";
    }

    private String offlineFile(String dayEnds) {
        String payload = "{\"vendorNumber\":\"V1\",\"licenseeNumber\":\"C1\",\"productNumber\":\"P1\",\"issuedAt\":\""
                + NOW.minus(Duration.ofDays(2)) + "\",\"ttl\":\"" + NOW + "\",\"nonce\":\"n\",\"dryRun\":true,"
                + "\"valid\":true,\"expiresAt\":\"" + NOW.plus(Duration.ofDays(28)) + "\",\"modules\":["
                + "{\"productModuleNumber\":\"M1\",\"licensingModel\":\"MultiFeature\",\"valid\":true,\"reasons\":[]},"
                + "{\"productModuleNumber\":\"DAY\",\"licensingModel\":\"Subscription\",\"valid\":true,\"reasons\":[],"
                + "\"validUntil\":\"" + NOW.minus(Duration.ofDays(1)) + "\"}]}";
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return "{\"format\":\"applicensing-offline-license/1\",\"keyId\":\"K1\",\"algorithm\":\"Ed25519\",\"payload\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\",\"signature\":\"" + sign(bytes)
                + "\"}";
    }

    private LicensingClient client(Instant now) {
        return client(Clock.fixed(now, ZoneOffset.UTC));
    }

    private LicensingClient client(Clock clock) {
        return LicensingClient.builder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "alk_test")
                .trust(Map.of(
                        "K1", Base64.getEncoder().encodeToString(key.getPublic().getEncoded())))
                .offlineFiles(files)
                .retries(3, Duration.ofMillis(1))
                .clock(clock)
                .build();
    }

    private String sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.getPrivate());
            signature.update(content);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
