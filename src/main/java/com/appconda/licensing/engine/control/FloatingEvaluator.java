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
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Floating: a pool of concurrent seats shared by the licensee's sessions.
 *
 * <p>Rule: capacity is the sum of {@code maxSessions} over active FLOATING licenses. {@code checkOut} (the default
 * action, as in NetLicensing) with a session id not holding a seat takes one, when one is free, until
 * {@code now + maxCheckoutValidity} seconds; with a held id it extends that session. {@code checkIn} frees the
 * seat. A session holds its seat while {@code now < expiresAt}, so a seat is free again at the exact instant of
 * expiry with no cron job, and a crashed client can never block a seat for longer than one checkout validity.
 *
 * <p>{@code valid} answers what the request asked of the module: a checkOut is valid when the session holds a seat
 * after it; a request that asks for no seat (no {@code sessionId}, as in every offline file and in a validation of
 * the whole product, or a {@code checkIn}) is answered with the seat state, valid while the licensee has seats at
 * all, with an informational reason ({@value #SEAT_STATE_ONLY}, {@value #CHECKED_IN}, {@value #SESSION_NOT_HELD}).
 * So a product with a Floating module answers {@code valid=true} when nothing asked for a seat, and only a refused
 * checkOut, no floating license or a broken module makes it invalid.
 *
 * <p>NetLicensing's documentation gives {@code maxCheckoutValidity} in days in one place and in seconds in another;
 * we use seconds. The warning level counts seats held after the action (see {@link WarningLevels#seats}).
 */
public final class FloatingEvaluator extends BuiltInModel {

    public static final String NAME = "Floating";
    public static final String MAX_CHECKOUT_VALIDITY = "maxCheckoutValidity";
    public static final String CHECK_OUT = "checkOut";
    public static final String CHECK_IN = "checkIn";
    public static final String NO_FREE_SEAT = "noFreeSeat";
    public static final String CHECKED_IN = "checkedIn";
    public static final String SESSION_NOT_HELD = "sessionNotHeld";
    public static final String SEAT_STATE_ONLY = "seatStateOnly";

    /** A checkout holds its seat for at most a year: beyond that a crashed client would block a seat for good. */
    static final long MAX_VALIDITY_SECONDS = 366L * 24 * 3600;

    public FloatingEvaluator() {
        super(
                NAME,
                List.of(
                        ModelParameter.optional(
                                ModuleRequest.SESSION_ID,
                                ModelParameter.Type.STRING,
                                null,
                                "The client session that takes, keeps or frees a seat."),
                        ModelParameter.choice(
                                ModuleRequest.ACTION,
                                CHECK_OUT,
                                "checkOut takes (or extends) the session's seat, checkIn frees it.",
                                CHECK_OUT,
                                CHECK_IN)),
                LicenseState.FLOATING_SESSIONS);
    }

    @Override
    public Set<LicenseType> licenseTypes() {
        return EnumSet.of(LicenseType.FLOATING);
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(ModelParameter.required(
                MAX_CHECKOUT_VALIDITY,
                ModelParameter.Type.COUNT,
                "Seconds a checkout holds its seat unless the session checks out again to extend it."));
    }

    @Override
    public Map<String, String> refusedModuleParameters(Map<String, String> parameters) {
        String problem = Numbers.outsideRange(parameters.get(MAX_CHECKOUT_VALIDITY), 1, MAX_VALIDITY_SECONDS);
        return problem == null ? Map.of() : Map.of(MAX_CHECKOUT_VALIDITY, problem);
    }

    @Override
    public Evaluation evaluate(ModuleSnapshot module, ModuleRequest request, Instant now) {
        String validity = module.parameter(MAX_CHECKOUT_VALIDITY);
        Long seconds = Numbers.parseAtMost(validity, 0, MAX_VALIDITY_SECONDS);
        if (seconds == null || seconds <= 0) {
            return validity == null
                    ? Verdicts.missingParameter(module, MAX_CHECKOUT_VALIDITY)
                    : Verdicts.invalidParameter(module, MAX_CHECKOUT_VALIDITY, validity);
        }
        if (module.activeLicenses(LicenseType.FLOATING).isEmpty()) {
            return Verdicts.rejected(module, Verdicts.NO_ACTIVE_LICENSE, "No active floating license.");
        }
        String sessionId = request.get(ModuleRequest.SESSION_ID);
        String action = request.get(ModuleRequest.ACTION);
        Seats seats = new Seats(module.activeLicenses(LicenseType.FLOATING), now);
        if (sessionId == null) {
            return action == null
                    ? seatState(module, seats)
                    : Verdicts.missingParameter(module, ModuleRequest.SESSION_ID);
        }
        if (action == null || CHECK_OUT.equals(action)) {
            return checkOut(module, seats, sessionId, now.plusSeconds(seconds));
        }
        if (CHECK_IN.equals(action)) {
            return checkIn(module, seats, sessionId);
        }
        return Verdicts.invalidParameter(module, ModuleRequest.ACTION, action);
    }

    private static Evaluation checkOut(ModuleSnapshot module, Seats seats, String sessionId, Instant expiresAt) {
        Optional<LicenseSnapshot> holder = seats.holderOf(sessionId);
        if (holder.isPresent()) {
            return granted(
                    module,
                    seats.held(),
                    seats,
                    new Effect.ExtendSession(holder.get().licenseNumber(), sessionId, expiresAt),
                    expiresAt);
        }
        Optional<LicenseSnapshot> free = seats.withFreeSeat();
        if (free.isEmpty()) {
            return Evaluation.of(seats.verdict(module, seats.held())
                    .valid(false)
                    .reason(NO_FREE_SEAT, "All " + seats.capacity() + " seats are held.")
                    .build());
        }
        return granted(
                module,
                seats.held() + 1,
                seats,
                new Effect.CheckOutSession(free.get().licenseNumber(), sessionId, expiresAt),
                expiresAt);
    }

    private static Evaluation granted(ModuleSnapshot module, long held, Seats seats, Effect effect, Instant until) {
        ModuleVerdict verdict = seats.verdict(module, held)
                .valid(true)
                .field("expirationTimestamp", until)
                .validUntil(until)
                .build();
        return new Evaluation(verdict, List.of(effect));
    }

    /** No session named: how many seats there are and are held, the licensee entitled while it has any. */
    private static Evaluation seatState(ModuleSnapshot module, Seats seats) {
        return Evaluation.of(seats.verdict(module, seats.held())
                .valid(true)
                .reason(SEAT_STATE_ONLY, "No sessionId was sent: this is the seat state; check out to hold a seat.")
                .build());
    }

    private static Evaluation checkIn(ModuleSnapshot module, Seats seats, String sessionId) {
        Optional<LicenseSnapshot> holder = seats.holderOf(sessionId);
        if (holder.isEmpty()) {
            return Evaluation.of(seats.verdict(module, seats.held())
                    .valid(true)
                    .reason(SESSION_NOT_HELD, "Session '" + sessionId + "' holds no seat.")
                    .build());
        }
        ModuleVerdict verdict = seats.verdict(module, seats.held() - 1)
                .valid(true)
                .reason(CHECKED_IN, "Session '" + sessionId + "' checked in; its seat is free.")
                .build();
        return new Evaluation(
                verdict, List.of(new Effect.CheckInSession(holder.get().licenseNumber(), sessionId)));
    }

    /** The seats of the active FLOATING licenses at one instant. */
    private record Seats(List<LicenseSnapshot> licenses, Instant now) {

        long capacity() {
            return licenses.stream().mapToLong(LicenseSnapshot::maxSessions).sum();
        }

        long held() {
            return licenses.stream().mapToLong(this::heldOn).sum();
        }

        long heldOn(LicenseSnapshot license) {
            return license.sessions().stream().filter(s -> s.isHeldAt(now)).count();
        }

        Optional<LicenseSnapshot> holderOf(String sessionId) {
            return licenses.stream()
                    .filter(l ->
                            l.sessions().stream().anyMatch(s -> s.sessionId().equals(sessionId) && s.isHeldAt(now)))
                    .findFirst();
        }

        /** The first license with a free seat; one exists whenever the pool is not full. */
        Optional<LicenseSnapshot> withFreeSeat() {
            return licenses.stream().filter(l -> heldOn(l) < l.maxSessions()).findFirst();
        }

        /** Every answer tells the seats, so the vendor's software can show "3 of 5 seats in use". */
        ModuleVerdict.Builder verdict(ModuleSnapshot module, long heldAfter) {
            long capacity = capacity();
            return ModuleVerdict.builder(module)
                    .warningLevel(WarningLevels.seats(heldAfter, capacity))
                    .field("seats", capacity)
                    .field("seatsInUse", heldAfter)
                    .field("seatsFree", Math.max(0, capacity - heldAfter));
        }
    }
}
