package com.appconda.licensing.payment.control;

import java.time.Duration;
import java.util.Map;

/**
 * The sandbox's documented test cards: what each does when charged. The numbers are those every payment sandbox
 * uses (Stripe's), so a tester knows them; separators are ignored. Any other number is refused as not a test
 * card, and nothing is charged.
 */
public final class SandboxCards {

    /** Succeeds. */
    public static final String SUCCEEDS = "4242424242424242";
    /** Is declined by the "bank". */
    public static final String DECLINED = "4000000000000002";
    /** Fails after a delay, as a processor that times out. */
    public static final String FAILS_LATE = "4000000000000119";

    /** How long the failing card keeps the buyer waiting. */
    public static final Duration DELAY = Duration.ofSeconds(2);

    /** What charging a card did. */
    public enum Result {
        SUCCEEDED,
        DECLINED,
        FAILED,
        NOT_A_TEST_CARD
    }

    private static final Map<String, Result> CARDS =
            Map.of(SUCCEEDS, Result.SUCCEEDED, DECLINED, Result.DECLINED, FAILS_LATE, Result.FAILED);

    private SandboxCards() {}

    public static Result charge(String cardNumber) {
        if (cardNumber == null) {
            return Result.NOT_A_TEST_CARD;
        }
        return CARDS.getOrDefault(cardNumber.replaceAll("[\\s-]", ""), Result.NOT_A_TEST_CARD);
    }
}
