package com.appconda.licensing.engine.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason code a built-in answer can carry, with what it means and what the vendor's software should do: the
 * one list README's reason table and the OpenAPI document are made from, so business logic can be written against
 * a known set. The evaluator tests fail on a code this catalogue lacks ({@code Fixtures.check}), and so does
 * {@code ReasonCatalogueTest} on a code constant of an evaluator that is not here.
 */
public final class ReasonCatalogue {

    /** Where a code comes from: one model, or any module before or around its model's rule. */
    public record Entry(String code, String models, boolean validModule, String meaning, String whatToDo) {}

    public static final String LICENSEE_SECRET_MISSING = "licenseeSecretMissing";
    public static final String LICENSEE_SECRET_MISMATCH = "licenseeSecretMismatch";

    private static final String ANY = "any";

    private static final List<Entry> ENTRIES = List.of(
            invalid(
                    Verdicts.NO_ACTIVE_LICENSE,
                    ANY,
                    "The licensee holds no active license that this module's model counts (or a quota of 0).",
                    "Treat the module as not licensed; offer a purchase in the shop."),
            invalid(
                    Verdicts.MISSING_PARAMETER,
                    ANY,
                    "A parameter the model needs is absent: a module setting (Floating's maxCheckoutValidity) or a "
                            + "request parameter (NodeLocked's nodeSecret, Floating's sessionId for an action).",
                    "Send the parameter the message names; a missing module setting is the vendor's to fix."),
            invalid(
                    Verdicts.INVALID_PARAMETER,
                    ANY,
                    "A module setting or request parameter has a value the model cannot use.",
                    "Fix the value the message names; do not retry unchanged."),
            invalid(
                    Verdicts.UNKNOWN_LICENSING_MODEL,
                    ANY,
                    "The module names a licensing model this server does not have (a custom model not deployed).",
                    "The operator deploys the model's jar; until then the module is not licensed."),
            invalid(
                    Verdicts.EVALUATION_FAILED,
                    ANY,
                    "The model failed on this module; the other modules are answered as usual.",
                    "Treat the module as not licensed for now and tell the vendor; retry after the ttl."),
            invalid(
                    LICENSEE_SECRET_MISSING,
                    ANY,
                    "The product asks for a licensee secret and the request sent none.",
                    "Send licenseeSecret (the machine's or installation's secret)."),
            invalid(
                    LICENSEE_SECRET_MISMATCH,
                    ANY,
                    "The licensee secret differs from the one stored for the licensee.",
                    "Another machine uses this licensee number: refuse to run, or ask the vendor to reset it."),
            invalid(
                    TryAndBuyEvaluator.EVALUATION_EXPIRED,
                    TryAndBuyEvaluator.NAME,
                    "The evaluation (trial) period has ended and nothing was bought.",
                    "Stop the trial features; offer the purchase."),
            invalid(
                    SubscriptionEvaluator.EXPIRED,
                    SubscriptionEvaluator.NAME,
                    "The subscription ended, grace period included.",
                    "Stop the subscribed features; offer a renewal."),
            valid(
                    SubscriptionEvaluator.IN_GRACE_PERIOD,
                    SubscriptionEvaluator.NAME,
                    "The subscription ended but its grace period runs: the module is still valid.",
                    "Keep working; remind the user to renew before the grace period ends."),
            invalid(
                    RentalEvaluator.NO_CURRENT_RENTAL,
                    RentalEvaluator.NAME,
                    "No device of the licensee has a rental period covering now.",
                    "Stop the rented features; offer a new rental period."),
            invalid(
                    FloatingEvaluator.NO_FREE_SEAT,
                    FloatingEvaluator.NAME,
                    "The checkOut found every seat held.",
                    "Do not run the session; retry later or buy more seats."),
            valid(
                    FloatingEvaluator.SEAT_STATE_ONLY,
                    FloatingEvaluator.NAME,
                    "The request sent no sessionId: the answer is the seat state, not a seat.",
                    "Check out (sessionId, action checkOut) before the session uses the module."),
            valid(
                    FloatingEvaluator.CHECKED_IN,
                    FloatingEvaluator.NAME,
                    "The checkIn freed the session's seat.",
                    "The session stops using the module; check out again to resume."),
            valid(
                    FloatingEvaluator.SESSION_NOT_HELD,
                    FloatingEvaluator.NAME,
                    "The checkIn named a session that holds no seat (never checked out, or already expired).",
                    "Nothing to free; the session holds no seat."),
            invalid(
                    PayPerUseEvaluator.QUANTITY_EXHAUSTED,
                    PayPerUseEvaluator.NAME,
                    "No credits remain.",
                    "Stop consuming; offer more credits."),
            invalid(
                    PayPerUseEvaluator.QUANTITY_EXCEEDS_REMAINING,
                    PayPerUseEvaluator.NAME,
                    "A reservation (reserveQuantity) asked for more than remains; nothing was written off.",
                    "Reserve at most remainingQuantity, or offer more credits."),
            invalid(
                    PayPerUseEvaluator.USED_QUANTITY_EXCEEDS_REMAINING,
                    PayPerUseEvaluator.NAME,
                    "What was used (usedQuantity, post-pay) was more than remained: written off, the balance is "
                            + "now negative.",
                    "Stop consuming; the overdraft is settled with the next purchase."),
            invalid(
                    PayPerUseEvaluator.QUANTITY_OUT_OF_RANGE,
                    PayPerUseEvaluator.NAME,
                    "The write-off would overflow the credit count; nothing was written off.",
                    "Send a realistic quantity."),
            invalid(
                    NodeLockedEvaluator.UNKNOWN_NODE,
                    NodeLockedEvaluator.NAME,
                    "The nodeSecret is not one of the licensee's registered nodes (the module registers none itself).",
                    "Do not run on this node; the vendor registers it, or the customer moves a license."),
            invalid(
                    NodeLockedEvaluator.NO_FREE_NODE_SLOT,
                    NodeLockedEvaluator.NAME,
                    "A new node asked to register and every node slot is taken.",
                    "Do not run on this node; free a slot or buy more."));

    private static final Map<String, Entry> BY_CODE =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));

    private ReasonCatalogue() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> entry(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static Entry valid(String code, String models, String meaning, String whatToDo) {
        return new Entry(code, models, true, meaning, whatToDo);
    }

    private static Entry invalid(String code, String models, String meaning, String whatToDo) {
        return new Entry(code, models, false, meaning, whatToDo);
    }
}
