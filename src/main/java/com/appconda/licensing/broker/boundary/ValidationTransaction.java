package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.control.Decisions;
import com.appconda.licensing.broker.control.EffectApplier;
import com.appconda.licensing.broker.control.SnapshotLoader;
import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.licensee.control.LicenseeAutoCreation;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Broker's transactional path: a validation that may change state, and the console's preview. In one
 * transaction it finds (or auto-creates) the licensee, reads the licensing state, lets each module's model
 * decide, and applies what the models decided. When an answer changes state (a checkout, a write-off, a node
 * binding, an evaluation license, a first CLIENT secret), the licensee's row is locked and the state read and
 * evaluated again under the lock, which makes seats and quantities exact across concurrent requests and nodes. A
 * retry with the same {@code Idempotency-Key} gets the stored answer instead of consuming again. Callers go
 * through {@link ValidationBroker}, which answers read-only validations without a transaction.
 */
@Stateless
@RequiresRole(value = Role.BROKER, forLimitedKeys = true)
public class ValidationTransaction {

    static final String PREVIEW_SESSION = "console-preview";

    @Inject
    TenantStore store;

    @Inject
    LicenseeResolver licensees;

    @Inject
    LicenseeAutoCreation autoCreation;

    @Inject
    SnapshotLoader snapshots;

    @Inject
    Decisions decisions;

    @Inject
    LicensingModelCatalog models;

    @Inject
    EffectApplier effects;

    @Inject
    AnsweredValidations answered;

    @Inject
    IdempotentAnswers idempotentAnswers;

    @Inject
    CurrentCaller currentCaller;

    /**
     * Validates for the vendor's software and renders the answer in {@code format}, signed. The caller's rights
     * are checked here too: this bean is a facade of its own, whoever calls it.
     */
    public RenderedAnswer validate(
            String licenseeNumber, ValidationRequest request, String idempotencyKey, AnswerFormat format) {
        EntityNumber.require("licenseeNumber", licenseeNumber);
        Caller caller = currentCaller.get();
        requireMayValidate(caller, licenseeNumber, request);
        Product product = product(caller, request.productNumber());
        Optional<Licensee> licensee = licensee(caller, licenseeNumber, product, request);
        if (licensee.isEmpty()) {
            return render(caller, format, forNewLicensee(caller, licenseeNumber, product, request));
        }
        if (request.isDryRun() || idempotencyKey == null) {
            return render(
                    caller, format, decide(caller, licensee.get(), request, false, ValidationAnswered.Origin.API));
        }
        Licensee locked = store.lockFresh(Licensee.class, licensee.get());
        Optional<RenderedAnswer> replay =
                idempotentAnswers.replay(caller.vendorId(), idempotencyKey, licenseeNumber, request, format);
        if (replay.isPresent()) {
            return replay.get();
        }
        ValidationAnswer answer = decide(caller, locked, request, true, ValidationAnswered.Origin.API);
        RenderedAnswer rendered = render(caller, format, answer);
        idempotentAnswers.remember(
                caller.vendorId(), idempotencyKey, licenseeNumber, request, format, rendered, answer.issuedAt());
        return rendered;
    }

    /**
     * A validation that the read-only path found to change state: locks the licensee's row, decides on the state
     * read under the lock, and applies what the models decided. Without an {@code Idempotency-Key}: a retry would
     * consume again, as the caller chose. A licensee deleted since it was read is validated as a new one would be.
     */
    public RenderedAnswer validateLocked(String licenseeNumber, ValidationRequest request, AnswerFormat format) {
        Caller caller = currentCaller.get();
        requireMayValidate(caller, licenseeNumber, request);
        Product product = product(caller, request.productNumber());
        Optional<Licensee> licensee = licensees.existing(caller.vendorId(), licenseeNumber, product);
        if (licensee.isEmpty()) {
            return validate(licenseeNumber, request, null, format);
        }
        Licensee locked = store.lockFresh(Licensee.class, licensee.get());
        return render(caller, format, decide(caller, locked, request, true, ValidationAnswered.Origin.API));
    }

    /** A key limited to another licensee may not ask; a read-only key may ask only for a dry run. */
    static void requireMayValidate(Caller caller, String licenseeNumber, ValidationRequest request) {
        caller.requireMayActFor(licenseeNumber);
        if (!request.isDryRun() && !caller.role().mayChangeState()) {
            throw new AccessDeniedException("a read-only key validates only with \"dryRun\": true, which changes"
                    + " nothing; consuming, checking out and starting trials need a Broker key");
        }
    }

    /**
     * The console's "validate now": a dry run in which every module answers as it would for a new client session
     * ({@value #PREVIEW_SESSION}), so a floating module tells whether a seat is free instead of asking for a
     * session id. Nothing is consumed, checked out or started; the console reads the answer as data.
     */
    public ValidationAnswer preview(String licenseeNumber, String productNumber, String licenseeSecret) {
        Caller caller = currentCaller.get();
        caller.requireMayActFor(licenseeNumber);
        Product product = store.require(Product.class, caller.vendorId(), productNumber);
        Map<String, Object> sessions = new LinkedHashMap<>();
        snapshots.load(product, null).stream()
                .filter(module -> readsSessions(module.licensingModel()))
                .forEach(module ->
                        sessions.put(module.moduleNumber(), Map.of(ModuleRequest.SESSION_ID, PREVIEW_SESSION)));
        ValidationRequest request =
                new ValidationRequest(productNumber, null, licenseeSecret, true, null, sessions, null);
        Optional<Licensee> licensee = licensee(caller, licenseeNumber, product, request);
        return licensee.isEmpty()
                ? forNewLicensee(caller, licenseeNumber, product, request)
                : decide(caller, licensee.get(), request, false, ValidationAnswered.Origin.CONSOLE);
    }

    /** Whether modules of the model take a session id (Floating, and custom models that declare no parameters). */
    private boolean readsSessions(String licensingModel) {
        return models.models()
                .find(licensingModel)
                .flatMap(model -> model.requestParameters())
                .map(declared -> declared.stream().anyMatch(p -> p.name().equals(ModuleRequest.SESSION_ID)))
                .orElse(true);
    }

    private Product product(Caller caller, String productNumber) {
        return productNumber == null ? null : store.require(Product.class, caller.vendorId(), productNumber);
    }

    /** The licensee; created now unless this is a dry run, empty for a dry run of one that auto-create would make. */
    private Optional<Licensee> licensee(
            Caller caller, String licenseeNumber, Product product, ValidationRequest request) {
        Optional<Licensee> existing = licensees.existing(caller.vendorId(), licenseeNumber, product);
        if (existing.isPresent() || request.isDryRun()) {
            return existing;
        }
        return Optional.of(autoCreation.createOrFind(
                caller.vendorId(), licenseeNumber, product, request.licenseeName(), request.properties()));
    }

    /** A dry run for a licensee that does not exist yet: the catalog alone, as its first validation would see it. */
    private ValidationAnswer forNewLicensee(
            Caller caller, String licenseeNumber, Product product, ValidationRequest request) {
        Decisions.Decided decided = decisions.decideForNew(product, request.modules());
        return announce(caller, licenseeNumber, product, request, decided, ValidationAnswered.Origin.API);
    }

    /**
     * Decides, and unless this is a dry run applies what the models decided. A change of state is decided under the
     * licensee's row lock, on state read after the lock was granted; {@code locked} says the caller took it already.
     */
    private ValidationAnswer decide(
            Caller caller,
            Licensee licensee,
            ValidationRequest request,
            boolean locked,
            ValidationAnswered.Origin origin) {
        Decisions.Decided decided = decisions.decide(licensee, request.licenseeSecret(), request.modules());
        if (!request.isDryRun() && !locked && decisions.changeState(licensee, request.licenseeSecret(), decided)) {
            licensee = store.lockFresh(Licensee.class, licensee);
            decided = decisions.decide(licensee, request.licenseeSecret(), request.modules());
        }
        if (!request.isDryRun()) {
            licensees.checkSecret(licensee, request.licenseeSecret(), true);
            effects.apply(licensee, ProductValidation.effects(decided.evaluations()), decided.at());
        }
        return announce(caller, licensee.getNumber(), licensee.getProduct(), request, decided, origin);
    }

    private ValidationAnswer announce(
            Caller caller,
            String licenseeNumber,
            Product product,
            ValidationRequest request,
            Decisions.Decided decided,
            ValidationAnswered.Origin origin) {
        return answered.announce(caller, licenseeNumber, product.getNumber(), request, decided, origin);
    }

    private RenderedAnswer render(Caller caller, AnswerFormat format, ValidationAnswer answer) {
        return answered.render(caller, format, answer);
    }
}
