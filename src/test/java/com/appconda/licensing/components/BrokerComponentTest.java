package com.appconda.licensing.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appconda.licensing.broker.boundary.AnswerFormat;
import com.appconda.licensing.broker.boundary.JsonAnswerFormat;
import com.appconda.licensing.broker.boundary.RenderedAnswer;
import com.appconda.licensing.broker.boundary.ValidationBroker;
import com.appconda.licensing.broker.boundary.ValidationRequest;
import com.appconda.licensing.broker.boundary.ValidationTransaction;
import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.catalog.boundary.LicenseTemplateCatalog;
import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.catalog.boundary.ProductCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleCatalog;
import com.appconda.licensing.catalog.boundary.ProductModuleRequest;
import com.appconda.licensing.catalog.boundary.ProductRequest;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.licensee.boundary.LicenseIssuer;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import com.appconda.licensing.licensee.boundary.LicenseeRegistry;
import com.appconda.licensing.licensee.boundary.LicenseeRequest;
import com.appconda.licensing.platform.entity.RuleViolationException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.verifier.JsonText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Broker's facade against H2 with the real stores, engine and signing, without a server: it answers typed
 * data, the /api/v1 format renders and signs it, the state changes are applied, an idempotent retry gets the very
 * bytes first rendered and consumes nothing more, and every answer is announced with what it consumed.
 */
class BrokerComponentTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private TestDatabase database;
    private Components world;
    private ValidationBroker broker;
    private JsonAnswerFormat format;

    @BeforeEach
    void productWithSeatsAndCredits() {
        database = TestDatabase.fresh();
        byte[] masterKey = new byte[32];
        world = new Components(database, Clock.fixed(NOW, ZoneOffset.UTC))
                .withConfig("licensing.master-key", Base64.getEncoder().encodeToString(masterKey));
        world.actingAs(Vendors.signUp(world, "Broker Components"));
        world.run(() -> {
            world.get(ProductCatalog.class)
                    .create(new ProductRequest(
                            "P", "Product", null, null, null, null, null, null, null, null, null, null));
            module("SEATS", "Floating", Map.of("maxCheckoutValidity", "600"));
            module("CREDITS", "PayPerUse", Map.of());
            template("FIVE-SEATS", "SEATS", "FLOATING", 5, null);
            template("TEN-CREDITS", "CREDITS", "QUANTITY", null, 10L);
            world.get(LicenseeRegistry.class)
                    .create(new LicenseeRequest("C", "Customer", "P", null, null, null, null, null, null));
            license("FIVE-SEATS");
            license("TEN-CREDITS");
        });
        broker = world.get(ValidationBroker.class);
        format = world.get(JsonAnswerFormat.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anAnswerIsRenderedSignedAppliedAndAnnouncedWithWhatItConsumed() {
        RenderedAnswer answer = world.call(() -> broker.validate("C", request(false, "s-1", 3), null, format));

        Map<?, ?> json = (Map<?, ?>) JsonText.parse(answer.body());
        assertThat(json.get("valid")).isEqualTo(true);
        assertThat(json.get("licenseeNumber")).isEqualTo("C");
        assertThat(answer.signature()).startsWith("keyId=\"").contains("algorithm=\"Ed25519\"");
        ValidationAnswer now = preview();
        assertThat(module(now, "CREDITS").fields()).containsEntry("remainingQuantity", 7L);
        assertThat(module(now, "SEATS").fields()).containsEntry("seatsInUse", 2L);
        ValidationAnswered announced = world.fired(ValidationAnswered.class).get(0);
        assertThat(announced.origin()).isEqualTo(ValidationAnswered.Origin.API);
        assertThat(announced.dryRun()).isFalse();
        assertThat(announced.modules())
                .extracting(ValidationAnswered.ModuleOutcome::consumedQuantity)
                .containsExactly(0L, 3L);
        assertThat(announced.modules().get(0).sessionId()).isEqualTo("s-1");
    }

    @Test
    void anIdempotentRetryGetsTheSameBytesAndConsumesNothingMore() {
        RenderedAnswer first = world.call(() -> broker.validate("C", request(false, "s-1", 4), "key-1", format));
        RenderedAnswer retry = world.call(() -> broker.validate("C", request(false, "s-1", 4), "key-1", format));

        assertThat(retry).isEqualTo(first);
        assertThat(module(preview(), "CREDITS").fields()).containsEntry("remainingQuantity", 6L);
        assertThatThrownBy(() -> world.call(() -> broker.validate("C", request(false, "s-1", 5), "key-1", format)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("different request");
    }

    @Test
    void aDryRunChangesNothingAndIsAnnouncedAsConsumingNothing() {
        world.call(() -> broker.validate("C", request(true, "s-1", 3), null, format));

        assertThat(module(preview(), "CREDITS").fields()).containsEntry("remainingQuantity", 10L);
        assertThat(world.fired(ValidationAnswered.class).get(0).modules())
                .extracting(ValidationAnswered.ModuleOutcome::consumedQuantity)
                .containsExactly(0L, 0L);
    }

    @Test
    void aValidationThatChangesNothingIsAnsweredOnTheReadOnlyPathAndOneThatDoesUnderTheLock() {
        CountingTransaction transaction = new CountingTransaction();
        world.withInjected(ValidationTransaction.class, transaction);
        ValidationBroker routed = new ValidationBroker();
        world.withInjected(ValidationBroker.class, routed);

        world.call(() -> routed.validate("C", request(true, "s-1", 3), null, format));
        world.call(() -> routed.validate("C", onlyCredits(0), null, format));
        assertThat(transaction.calls)
                .as("nothing to change: no transactional path")
                .isEmpty();

        world.call(() -> routed.validate("C", onlyCredits(3), null, format));
        assertThat(transaction.calls).containsExactly("validateLocked");
        assertThat(module(preview(), "CREDITS").fields()).containsEntry("remainingQuantity", 7L);

        world.call(() -> routed.validate("C", onlyCredits(1), "key-2", format));
        assertThatThrownBy(() -> world.call(() -> routed.validate("NEW", request(true, "s-1", 1), null, format)))
                .isInstanceOf(UnknownEntityException.class);
        assertThat(transaction.calls)
                .as("an Idempotency-Key, and an unknown licensee, are the transaction's")
                .containsExactly("validateLocked", "validate", "validate");
    }

    @Test
    void aLicenseeOfAnotherProductIsRefusedAsBefore() {
        world.run(() -> world.get(ProductCatalog.class)
                .create(new ProductRequest(
                        "OTHER", "Other", null, null, null, null, null, null, null, null, null, null)));

        assertThatThrownBy(() -> world.call(() -> broker.validate(
                        "C", new ValidationRequest("OTHER", null, null, true, null, Map.of(), null), null, format)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is a licensee of product 'P', not of 'OTHER'");
    }

    @Test
    void theConsolePreviewIsTypedDataForANewClientSession() {
        ValidationAnswer answer = preview();

        assertThat(answer.dryRun()).isTrue();
        assertThat(answer.modules()).extracting(ModuleVerdict::moduleNumber).containsExactly("SEATS", "CREDITS");
        assertThat(module(answer, "SEATS").valid())
                .as("a free seat for a new session")
                .isTrue();
        assertThat(answer.ttl()).isAfter(NOW);
        assertThat(world.fired(ValidationAnswered.class).get(0).origin()).isEqualTo(ValidationAnswered.Origin.CONSOLE);
    }

    private ValidationAnswer preview() {
        return world.call(() -> broker.preview("C", "P", null));
    }

    private static ModuleVerdict module(ValidationAnswer answer, String number) {
        return answer.modules().stream()
                .filter(m -> m.moduleNumber().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static ValidationRequest onlyCredits(int used) {
        return new ValidationRequest(
                "P", null, null, false, null, Map.of("CREDITS", Map.of("usedQuantity", used)), null);
    }

    /** The transactional path, telling which of its entries the Broker took. */
    private static final class CountingTransaction extends ValidationTransaction {
        final List<String> calls = new ArrayList<>();

        @Override
        public RenderedAnswer validate(
                String licenseeNumber, ValidationRequest request, String idempotencyKey, AnswerFormat format) {
            calls.add("validate");
            return super.validate(licenseeNumber, request, idempotencyKey, format);
        }

        @Override
        public RenderedAnswer validateLocked(String licenseeNumber, ValidationRequest request, AnswerFormat format) {
            calls.add("validateLocked");
            return super.validateLocked(licenseeNumber, request, format);
        }
    }

    private static ValidationRequest request(boolean dryRun, String session, int used) {
        return new ValidationRequest(
                "P",
                null,
                null,
                dryRun,
                "nonce-1",
                Map.of("SEATS", Map.of("sessionId", session), "CREDITS", Map.of("usedQuantity", used)),
                null);
    }

    private void module(String number, String model, Map<String, String> parameters) {
        world.get(ProductModuleCatalog.class)
                .create(new ProductModuleRequest(number, number, "P", model, null, parameters, null));
    }

    private void template(String number, String module, String type, Integer seats, Long quantity) {
        world.get(LicenseTemplateCatalog.class)
                .create(new LicenseTemplateRequest(
                        number, number, module, type, null, null, null, null, null, null, null, seats, quantity, null,
                        null, null));
    }

    private void license(String template) {
        world.get(LicenseIssuer.class)
                .issue(new LicenseRequest(
                        null, null, "C", template, null, null, null, null, null, null, null, null, null, null));
    }
}
