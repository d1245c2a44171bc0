package com.appconda.licensing.broker.control;

import com.appconda.licensing.broker.entity.ValidationAnswered.ModuleOutcome;
import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import com.appconda.licensing.platform.entity.Hashes;
import java.util.List;
import java.util.Map;

/**
 * What each module decided, consumed and holds, for the {@code ValidationAnswered} event: the units written off
 * (none in a dry run, which applies nothing), the floating session the request named, the seats or node slots held
 * against those allowed (from the answer's own fields, so that the reports see what the customer's software saw),
 * a one-way key of the node secret, and the units left (PayPerUse) or the quota (Quota).
 */
public final class ModuleOutcomes {

    /** Held and allowed, as Floating answers them. */
    static final String SEATS_IN_USE = "seatsInUse";

    static final String SEATS = "seats";
    /** Held and allowed, as NodeLocked answers them. */
    static final String NODE_SLOTS_USED = "nodeSlotsUsed";

    static final String NODE_SLOTS = "nodeSlots";
    /** Units left, as PayPerUse answers them; the quota, as Quota does. */
    static final String REMAINING_QUANTITY = "remainingQuantity";

    static final String QUOTA = "quota";
    /** Enough of a SHA-256 to tell a licensee's machines apart, too little to be worth attacking. */
    static final int NODE_KEY_LENGTH = 16;

    private ModuleOutcomes() {}

    public static List<ModuleOutcome> of(List<Evaluation> evaluations, Map<String, ?> parameters, boolean dryRun) {
        return evaluations.stream()
                .map(evaluation -> of(evaluation, ownParameters(parameters, evaluation), dryRun))
                .toList();
    }

    static ModuleOutcome of(Evaluation evaluation, Map<?, ?> own, boolean dryRun) {
        ModuleVerdict verdict = evaluation.verdict();
        Map<String, Object> fields = verdict.fields();
        boolean floating = fields.containsKey(SEATS_IN_USE);
        Long held = number(fields.get(floating ? SEATS_IN_USE : NODE_SLOTS_USED));
        Long allowed = number(fields.get(floating ? SEATS : NODE_SLOTS));
        Long units =
                number(fields.containsKey(REMAINING_QUANTITY) ? fields.get(REMAINING_QUANTITY) : fields.get(QUOTA));
        return new ModuleOutcome(
                verdict.moduleNumber(),
                verdict.licensingModel(),
                verdict.valid(),
                verdict.warningLevel(),
                dryRun ? 0 : consumed(evaluation),
                text(own.get(ModuleRequest.SESSION_ID)),
                held,
                allowed,
                nodeKey(text(own.get(ModuleRequest.NODE_SECRET))),
                units);
    }

    static String nodeKey(String nodeSecret) {
        return nodeSecret == null
                ? null
                : Hashes.sha256Hex("node:" + nodeSecret).substring(0, NODE_KEY_LENGTH);
    }

    private static long consumed(Evaluation evaluation) {
        return evaluation.effects().stream()
                .filter(Effect.WriteOffQuantity.class::isInstance)
                .mapToLong(effect -> ((Effect.WriteOffQuantity) effect).amount())
                .sum();
    }

    private static Map<?, ?> ownParameters(Map<String, ?> parameters, Evaluation evaluation) {
        Object own =
                parameters == null ? null : parameters.get(evaluation.verdict().moduleNumber());
        return own instanceof Map<?, ?> map ? map : Map.of();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
