package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.broker.control.EffectApplier;
import com.appconda.licensing.licensee.control.LicenseeAutoCreation;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.broker.control.SnapshotLoader;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.usage.control.UsageRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Broker: one call answers for every module of a product, already evaluated. In one
 * transaction it finds (or auto-creates) the licensee, reads the licensing state, lets each module's
 * model decide, and applies what the models decided. Read-only answers take no lock. When an answer
 * changes state (a checkout, a write-off, a node binding, an evaluation license), the licensee's
 * row is locked and the state read and evaluated again under the lock, which makes seats and
 * quantities exact across concurrent requests and nodes. A retry with the same
 * {@code Idempotency-Key} gets the stored answer instead of consuming again. Every answer is signed.
 */
@Stateless
@RequiresRole(Role.BROKER)
public class ValidationBroker {

    static final String PREVIEW_SESSION = "console-preview";

    @Inject
    TenantStore store;

    @Inject
    LicenseeResolver licensees;

    @Inject
    LicenseeAutoCreation autoCreation;

    @Inject
    SnapshotLoader state;

    @Inject
    EffectApplier effects;

    @Inject
    LicensingModelCatalog models;

    @Inject
    AnswerSigner signer;

    @Inject
    IdempotentAnswers idempotentAnswers;

    @Inject
    UsageRecorder usage;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    public SignedAnswer validate(String licenseeNumber, ValidationRequest request, String idempotencyKey) {
        Caller caller = currentCaller.get();
        caller.requireMayActFor(licenseeNumber);
        Product product = request.productNumber() == null ? null
                : store.require(Product.class, caller.vendorId(), request.productNumber());
        Licensee licensee = licensees.existing(caller.vendorId(), licenseeNumber, product).orElse(null);
        if (licensee == null && !request.isDryRun()) {
            licensee = autoCreation.createOrFind(caller.vendorId(), licenseeNumber, product, request.licenseeName(),
                    request.properties());
        }
        if (licensee == null) {
            Instant now = clock.instant();
            return answer(caller, licenseeNumber, product, request, evaluate(product, null, request, now), now);
        }
        boolean locked = false;
        if (!request.isDryRun() && idempotencyKey != null) {
            licensee = store.lockFresh(Licensee.class, licensee);
            locked = true;
            var replay = idempotentAnswers.replay(caller.vendorId(), idempotencyKey, licenseeNumber, request);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Evaluated evaluated = evaluate(licensee, request);
        if (!request.isDryRun() && !locked && changesState(licensee, request, evaluated.evaluations())) {
            licensee = store.lockFresh(Licensee.class, licensee);
            evaluated = evaluate(licensee, request);
        }
        if (!request.isDryRun()) {
            licensees.checkSecret(licensee, request.licenseeSecret(), true);
            effects.apply(licensee, ProductValidation.effects(evaluated.evaluations()), evaluated.at());
        }
        SignedAnswer answer = answer(caller, licenseeNumber, licensee.getProduct(), request, evaluated.evaluations(),
                evaluated.at());
        idempotentAnswers.remember(caller.vendorId(), idempotencyKey, licenseeNumber, request, answer, evaluated.at());
        return answer;
    }

    /**
     * The console's "validate now": a dry run in which every module answers as it would for a new client session
     * ({@value #PREVIEW_SESSION}), so a floating module tells whether a seat is free instead of asking for a
     * session id. Nothing is consumed, checked out or started.
     */
    public SignedAnswer preview(String licenseeNumber, String productNumber, String licenseeSecret) {
        Product product = store.require(Product.class, currentCaller.get().vendorId(), productNumber);
        Map<String, Map<String, Object>> modules = new LinkedHashMap<>();
        state.load(product, null).forEach(module -> modules.put(module.moduleNumber(),
                Map.of("sessionId", PREVIEW_SESSION)));
        return validate(licenseeNumber,
                new ValidationRequest(productNumber, null, licenseeSecret, true, null, modules, null), null);
    }

    /** The models' decisions and the instant they were taken at. */
    private record Evaluated(List<Evaluation> evaluations, Instant at) {
    }

    /**
     * Reads the clock only after the state is loaded. Every change a concurrent request committed and this one
     * sees was stamped before its commit, so before this instant: a trial another request has just started (or a
     * licensee it has just created) never lies in this request's future, whatever this request waited for.
     */
    private Evaluated evaluate(Licensee licensee, ValidationRequest request) {
        List<ModuleSnapshot> modules = state.load(licensee.getProduct(), licensee);
        Instant now = clock.instant();
        return new Evaluated(switch (licensees.checkSecret(licensee, request.licenseeSecret(), false)) {
            case PASSED -> evaluate(modules, request, now);
            case MISSING -> ProductValidation.refused(modules, "licenseeSecretMissing",
                    "the product requires the licensee secret");
            case MISMATCH -> ProductValidation.refused(modules, "licenseeSecretMismatch",
                    "the licensee secret does not match");
        }, now);
    }

    private List<Evaluation> evaluate(Product product, Licensee licensee, ValidationRequest request, Instant now) {
        return evaluate(state.load(product, licensee), request, now);
    }

    private List<Evaluation> evaluate(List<ModuleSnapshot> modules, ValidationRequest request, Instant now) {
        Map<String, ModuleRequest> parameters = ModuleParameters.of(request.modules(), modules);
        return new ProductValidation(models.models()).evaluate(modules, parameters, now);
    }

    private boolean changesState(Licensee licensee, ValidationRequest request, List<Evaluation> evaluations) {
        return ProductValidation.changesState(evaluations)
                || licensees.wouldStoreSecret(licensee, request.licenseeSecret());
    }

    private SignedAnswer answer(Caller caller, String licenseeNumber, Product product, ValidationRequest request,
            List<Evaluation> evaluations, Instant now) {
        usage.record(caller.vendorId(), licenseeNumber, product.getNumber(), parameters(request), evaluations, now);
        return signer.sign(caller, licenseeNumber, product.getNumber(), request, evaluations, now);
    }

    private static Map<String, Map<String, Object>> parameters(ValidationRequest request) {
        return request.modules() == null ? Map.of() : request.modules();
    }
}
