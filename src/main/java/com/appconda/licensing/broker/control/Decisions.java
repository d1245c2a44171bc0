package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.control.ReasonCatalogue;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.LicenseeFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Lets the licensing models decide on the licensing state as stored now: loads the snapshots, checks the licensee
 * secret where the product asks for one, and evaluates every module with the request's parameters. Changes
 * nothing; the Broker applies the decided effects.
 */
@ApplicationScoped
public class Decisions {

    /** The models' decisions and the instant they were taken at. */
    public record Decided(List<Evaluation> evaluations, Instant at) {}

    @Inject
    SnapshotLoader snapshots;

    @Inject
    LicensingModelCatalog models;

    @Inject
    Clock clock;

    /**
     * Reads the clock only after the state is loaded. Every change a concurrent request committed and this one
     * sees was stamped before its commit, so before this instant: a trial another request has just started (or a
     * licensee it has just created) never lies in this request's future, whatever this request waited for.
     */
    public Decided decide(Licensee licensee, String licenseeSecret, Map<String, ?> parameters) {
        return decide(LicenseeFacts.of(licensee), licenseeSecret, parameters);
    }

    /** The same on the licensee's facts, which is all a read-only validation holds. */
    public Decided decide(LicenseeFacts licensee, String licenseeSecret, Map<String, ?> parameters) {
        List<ModuleSnapshot> modules = snapshots.load(licensee.vendorId(), licensee.productId(), licensee.id());
        Instant now = clock.instant();
        return new Decided(
                switch (LicenseeResolver.checkSecret(licensee, licenseeSecret)) {
                    case PASSED -> evaluate(modules, parameters, now);
                    case MISSING ->
                        ProductValidation.refused(
                                modules,
                                ReasonCatalogue.LICENSEE_SECRET_MISSING,
                                "the product requires the licensee secret");
                    case MISMATCH ->
                        ProductValidation.refused(
                                modules,
                                ReasonCatalogue.LICENSEE_SECRET_MISMATCH,
                                "the licensee secret does not match");
                },
                now);
    }

    /** The decisions for a licensee that does not exist yet: the catalog alone, as its first validation would see it. */
    public Decided decideForNew(Product product, Map<String, ?> parameters) {
        List<ModuleSnapshot> modules = snapshots.load(product, null);
        Instant now = clock.instant();
        return new Decided(evaluate(modules, parameters, now), now);
    }

    /** Whether applying the decisions would change state: an effect, or a first CLIENT licensee secret to store. */
    public boolean changeState(Licensee licensee, String licenseeSecret, Decided decided) {
        return changeState(LicenseeFacts.of(licensee), licenseeSecret, decided);
    }

    public boolean changeState(LicenseeFacts licensee, String licenseeSecret, Decided decided) {
        return ProductValidation.changesState(decided.evaluations())
                || LicenseeResolver.wouldStoreSecret(licensee, licenseeSecret);
    }

    private List<Evaluation> evaluate(List<ModuleSnapshot> modules, Map<String, ?> parameters, Instant now) {
        return new ProductValidation(models.models())
                .evaluate(modules, ModuleParameters.of(parameters, modules, models.models()), now);
    }
}
