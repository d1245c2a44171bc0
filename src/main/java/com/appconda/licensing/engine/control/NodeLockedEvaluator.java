package com.appconda.licensing.engine.control;

import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * NodeLocked: the software runs only on registered machines (nodes), identified by a secret the client sends.
 *
 * <p>Rule: the node slots are the sum of {@code quantity} over active QUANTITY licenses ({@code -1}: unlimited, as
 * for Quota). A node is valid when its {@code nodeSecret} is stored on an active license. In
 * {@code nodeSecretMode=PREDEFINED} (the default, as NetLicensing's {@code LicenseeSecretMode.parseString}) only the
 * vendor stores secrets, so an unknown secret is refused; this mode cannot work with licensee auto-create. In
 * {@code CLIENT} mode an unseen secret is stored while used slots are fewer than the slots, else refused, so that
 * the first N machines the customer runs register themselves. Warning levels count used slots like Floating seats.
 */
public final class NodeLockedEvaluator extends BuiltInModel {

    public static final String NAME = "NodeLocked";
    public static final String NODE_SECRET_MODE = "nodeSecretMode";
    public static final String PREDEFINED = "PREDEFINED";
    public static final String CLIENT = "CLIENT";
    public static final String UNKNOWN_NODE = "unknownNode";
    public static final String NO_FREE_NODE_SLOT = "noFreeNodeSlot";

    public NodeLockedEvaluator() {
        super(
                NAME,
                List.of(ModelParameter.optional(
                        ModuleRequest.NODE_SECRET,
                        ModelParameter.Type.STRING,
                        null,
                        "The secret that identifies the machine (node) the software runs on.")),
                LicenseState.NODE_SECRETS);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.QUANTITY);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.choice(
                NODE_SECRET_MODE,
                PREDEFINED,
                "PREDEFINED: the vendor stores node secrets; CLIENT: unseen secrets register while slots are free.",
                PREDEFINED,
                CLIENT));
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        String mode = Optional.ofNullable(module.parameter(NODE_SECRET_MODE))
                .map(String::trim)
                .orElse(PREDEFINED);
        if (!PREDEFINED.equalsIgnoreCase(mode) && !CLIENT.equalsIgnoreCase(mode)) {
            return Verdicts.invalidParameter(module, NODE_SECRET_MODE, mode);
        }
        String secret = request.get(ModuleRequest.NODE_SECRET);
        if (secret == null) {
            return Verdicts.missingParameter(module, ModuleRequest.NODE_SECRET);
        }
        List<LicenseSnapshot> licenses = module.activeLicenses(LicenseType.QUANTITY);
        if (licenses.isEmpty()) {
            return Verdicts.rejected(module, Verdicts.NO_ACTIVE_LICENSE, "No active node license.");
        }
        Set<String> stored = stored(licenses);
        long slots = QuotaEvaluator.quota(licenses);
        if (stored.contains(secret)) {
            return Evaluation.of(
                    verdict(module, stored.size(), slots).valid(true).build());
        }
        if (CLIENT.equalsIgnoreCase(mode)) {
            return register(module, licenses, stored.size(), slots, secret);
        }
        return Evaluation.of(verdict(module, stored.size(), slots)
                .valid(false)
                .reason(UNKNOWN_NODE, "This node is not registered.")
                .build());
    }

    private static Evaluation register(
            ModuleSnapshot module, List<LicenseSnapshot> licenses, long used, long slots, String secret) {
        Optional<LicenseSnapshot> free =
                licenses.stream().filter(NodeLockedEvaluator::hasFreeSlot).findFirst();
        if (free.isEmpty()) {
            return Evaluation.of(verdict(module, used, slots)
                    .valid(false)
                    .reason(NO_FREE_NODE_SLOT, "All " + slots + " node slots are used.")
                    .build());
        }
        return new Evaluation(
                verdict(module, used + 1, slots).valid(true).build(),
                List.of(new Effect.StoreNodeSecret(free.get().licenseNumber(), secret)));
    }

    private static boolean hasFreeSlot(LicenseSnapshot license) {
        return license.quantity() == QuotaEvaluator.UNLIMITED
                || license.storedNodeSecrets().size() < license.quantity();
    }

    private static Set<String> stored(List<LicenseSnapshot> licenses) {
        Set<String> secrets = new LinkedHashSet<>();
        licenses.forEach(l -> secrets.addAll(l.storedNodeSecrets()));
        return secrets;
    }

    /** Every answer tells the node slots (-1: unlimited), so the software can say how many machines are left. */
    private static ModuleVerdict.Builder verdict(ModuleSnapshot module, long used, long slots) {
        boolean unlimited = slots == QuotaEvaluator.UNLIMITED;
        return ModuleVerdict.builder(module)
                .warningLevel(unlimited ? WarningLevel.GREEN : WarningLevels.seats(used, slots))
                .field("nodeSlots", slots)
                .field("nodeSlotsUsed", used)
                .field("nodeSlotsFree", unlimited ? QuotaEvaluator.UNLIMITED : Math.max(0, slots - used));
    }
}
