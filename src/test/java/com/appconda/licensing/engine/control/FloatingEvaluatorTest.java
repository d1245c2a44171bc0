package com.appconda.licensing.engine.control;

import static com.appconda.licensing.engine.control.Fixtures.BEFORE_MIDNIGHT;
import static com.appconda.licensing.engine.control.Fixtures.MIDNIGHT;
import static com.appconda.licensing.engine.control.Fixtures.NOW;
import static com.appconda.licensing.engine.control.Fixtures.floating;
import static com.appconda.licensing.engine.control.Fixtures.invalid;
import static com.appconda.licensing.engine.control.Fixtures.row;
import static com.appconda.licensing.engine.control.Fixtures.valid;
import static com.appconda.licensing.engine.spi.WarningLevel.GREEN;
import static com.appconda.licensing.engine.spi.WarningLevel.RED;
import static com.appconda.licensing.engine.spi.WarningLevel.YELLOW;

import com.appconda.licensing.engine.spi.Effect.CheckInSession;
import com.appconda.licensing.engine.spi.Effect.CheckOutSession;
import com.appconda.licensing.engine.spi.Effect.ExtendSession;
import com.appconda.licensing.engine.spi.FloatingSession;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FloatingEvaluatorTest {

    private static final Instant UNTIL = NOW.plusSeconds(600);
    private static final ModuleRequest CHECK_OUT_S1 = ModuleRequest.of("sessionId", "s1", "action", "checkOut");
    private static final ModuleRequest CHECK_IN_S1 = ModuleRequest.of("sessionId", "s1", "action", "checkIn");

    private static ModuleSnapshot pool(LicenseSnapshot... licenses) {
        return Fixtures.module("Floating", licenses).withParameter("maxCheckoutValidity", "600");
    }

    private static FloatingSession held(String id, Instant until) {
        return new FloatingSession(id, until);
    }

    static Stream<Arguments> floatingCases() {
        Instant later = NOW.plusSeconds(60);
        return Stream.of(
                row(
                        "checkOut takes a free seat until now + maxCheckoutValidity seconds",
                        pool(floating("L1", 2)),
                        CHECK_OUT_S1,
                        NOW,
                        valid(GREEN)
                                .field("expirationTimestamp", UNTIL)
                                .field("seats", 2L)
                                .field("seatsInUse", 1L)
                                .field("seatsFree", 1L)
                                .effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "the action defaults to checkOut",
                        pool(floating("L1", 2)),
                        ModuleRequest.of("sessionId", "s1"),
                        NOW,
                        valid(GREEN).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "checkOut takes the last seat: seats exactly full, fewer than 10 is YELLOW",
                        pool(floating("L1", 2, held("s2", later))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "80 % of seats held is YELLOW",
                        pool(floating("L1", 5, held("a", later), held("b", later), held("c", later))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "floating rejects checkout beyond seats",
                        pool(floating("L1", 2, held("s2", later), held("s3", later))),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(YELLOW, FloatingEvaluator.NO_FREE_SEAT)
                                .field("seats", 2L)
                                .field("seatsInUse", 2L)
                                .field("seatsFree", 0L)),
                row(
                        "full with 10 or more seats is RED",
                        pool(floating("L1", 10, tenSessions(later))),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(RED, FloatingEvaluator.NO_FREE_SEAT)),
                row(
                        "checkOut with a held session id extends it",
                        pool(floating("L1", 1, held("s1", later))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW)
                                .field("expirationTimestamp", UNTIL)
                                .effects(new ExtendSession("L1", "s1", UNTIL))),
                row(
                        "a session that expired a millisecond ago frees its seat",
                        pool(floating("L1", 1, held("s2", NOW.minusMillis(1)))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "a session expiring at exactly now has freed its seat (expiresAt <= now is free)",
                        pool(floating("L1", 1, held("s2", NOW))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "a session expiring a millisecond from now still holds its seat",
                        pool(floating("L1", 1, held("s2", NOW.plusMillis(1)))),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(YELLOW, FloatingEvaluator.NO_FREE_SEAT)),
                row(
                        "a session expiring at 00:00Z still holds its seat at 23:59:59Z",
                        pool(floating("L1", 1, held("s2", MIDNIGHT))),
                        CHECK_OUT_S1,
                        BEFORE_MIDNIGHT,
                        invalid(YELLOW, FloatingEvaluator.NO_FREE_SEAT)),
                row(
                        "a session expiring at 00:00Z has freed its seat at 00:00Z",
                        pool(floating("L1", 1, held("s2", MIDNIGHT))),
                        CHECK_OUT_S1,
                        MIDNIGHT,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", MIDNIGHT.plusSeconds(600)))),
                row(
                        "an expired session's id checks out anew instead of extending",
                        pool(floating("L1", 1, held("s1", NOW.minusMillis(1)))),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L1", "s1", UNTIL))),
                row(
                        "checkIn frees the seat and answers the seat state: the licensee still has its seats",
                        pool(floating("L1", 2, held("s1", later))),
                        CHECK_IN_S1,
                        NOW,
                        valid(GREEN)
                                .reason(FloatingEvaluator.CHECKED_IN)
                                .field("seatsInUse", 0L)
                                .effects(new CheckInSession("L1", "s1"))),
                row(
                        "checkIn of a session holding no seat changes nothing",
                        pool(floating("L1", 2)),
                        CHECK_IN_S1,
                        NOW,
                        valid(GREEN).reason(FloatingEvaluator.SESSION_NOT_HELD)),
                row(
                        "capacity sums active licenses: the next license takes the overflow",
                        pool(floating("L1", 1, held("s2", later)), floating("L2", 1)),
                        CHECK_OUT_S1,
                        NOW,
                        valid(YELLOW).effects(new CheckOutSession("L2", "s1", UNTIL))),
                row(
                        "an inactive license gives no seats",
                        pool(floating("L0", 5).withActive(false), floating("L1", 1, held("s2", later))),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(YELLOW, FloatingEvaluator.NO_FREE_SEAT)),
                row(
                        "a licensee with no licenses gets no seat",
                        pool(),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "the license's copied maxSessions wins over a template changed after issue",
                        pool(floating("L1", 1, held("s2", later))).withTemplates(bigTemplate()),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(YELLOW, FloatingEvaluator.NO_FREE_SEAT)),
                row(
                        "no sessionId asks for no seat: the seat state, valid while the licensee has seats",
                        pool(floating("L1", 3, held("s2", later))),
                        ModuleRequest.empty(),
                        NOW,
                        valid(GREEN)
                                .reason(FloatingEvaluator.SEAT_STATE_ONLY)
                                .field("seats", 3L)
                                .field("seatsInUse", 1L)
                                .field("seatsFree", 2L)),
                row(
                        "the seat state with every seat held is still valid: nothing asked for a seat",
                        pool(floating("L1", 1, held("s2", later))),
                        ModuleRequest.empty(),
                        NOW,
                        valid(YELLOW).reason(FloatingEvaluator.SEAT_STATE_ONLY)),
                row(
                        "no sessionId and no floating license is invalid",
                        pool(floating("L0", 5).withActive(false)),
                        ModuleRequest.empty(),
                        NOW,
                        invalid(RED, Verdicts.NO_ACTIVE_LICENSE)),
                row(
                        "an action without the session it is for names the missing sessionId",
                        pool(floating("L1", 1)),
                        ModuleRequest.of("action", "checkOut"),
                        NOW,
                        invalid(RED, Verdicts.MISSING_PARAMETER)),
                row(
                        "a module without maxCheckoutValidity is answered invalid",
                        Fixtures.module("Floating", floating("L1", 1)),
                        CHECK_OUT_S1,
                        NOW,
                        invalid(RED, Verdicts.MISSING_PARAMETER)),
                row(
                        "an unknown action is an invalid parameter",
                        pool(floating("L1", 1)),
                        ModuleRequest.of("sessionId", "s1", "action", "borrow"),
                        NOW,
                        invalid(RED, Verdicts.INVALID_PARAMETER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floatingCases")
    void floatingGrantsSeatsUpToCapacity(Fixtures.Case row) {
        Fixtures.check(new FloatingEvaluator(), row);
    }

    private static FloatingSession[] tenSessions(Instant until) {
        return IntStream.range(0, 10)
                .mapToObj(i -> new FloatingSession("x" + i, until))
                .toArray(FloatingSession[]::new);
    }

    private static TemplateSnapshot bigTemplate() {
        TemplateSnapshot template = TemplateSnapshot.of("T-FL", LicenseType.FLOATING);
        return new TemplateSnapshot(
                template.templateNumber(),
                "Pool",
                LicenseType.FLOATING,
                true,
                false,
                false,
                template.price(),
                0,
                null,
                0,
                50,
                template.properties());
    }
}
