package com.appconda.licensing.payment.boundary;

import com.appconda.licensing.payment.control.SandboxCards;
import com.appconda.licensing.payment.control.SandboxProvider;
import com.appconda.licensing.payment.control.Settlement;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.TransactionStatus;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The sandbox provider's card page: shows the payment of a session and charges a test card
 * ({@link SandboxCards}), under the transaction's row lock, so a double click, a resubmitted form or two tabs of
 * one payment charge it once. What the charge did is settled at once, as a provider's callback would be: a success
 * closes the transaction (licenses, ledger), a decline or failure cancels it.
 */
@Stateless
public class SandboxPayments {

    private static final Pattern CVC = Pattern.compile("\\d{3,4}");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy");

    @Inject
    Settlement settlement;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** How a charge ended, for the page to say. */
    public enum Result {
        PAID,
        DECLINED,
        FAILED,
        NOT_PAYABLE
    }

    /** The payment of a session as its page shows it. */
    public PaymentOutcome page(String session) {
        PaymentTransaction transaction = settlement
                .findByReference(session)
                .filter(found -> found.getProvider().equals(SandboxProvider.NAME))
                .orElseThrow(() -> new UnknownEntityException("payment", "this session"));
        return outcome(transaction, clock.instant());
    }

    /** Charges the card for the session's transaction. A test card that is not one is refused, nothing charged. */
    public Result pay(String session, String cardNumber, String expiry, String cvc) {
        Instant now = clock.instant();
        requireCardFields(cardNumber, expiry, cvc, now);
        SandboxCards.Result charged = SandboxCards.charge(cardNumber);
        if (charged == SandboxCards.Result.NOT_A_TEST_CARD) {
            throw new InvalidInputException(
                    "cardNumber",
                    "is not a sandbox test card; use 4242 4242 4242 4242 (succeeds), "
                            + "4000 0000 0000 0002 (declined) or 4000 0000 0000 0119 (fails after a delay)");
        }
        PaymentTransaction transaction = settlement
                .lockByReference(SandboxProvider.NAME, session)
                .orElseThrow(() -> new UnknownEntityException("payment", "this session"));
        if (transaction.getStatus() == TransactionStatus.CLOSED) {
            return Result.PAID;
        }
        if (!transaction.isPayableAt(now)) {
            settlement.fail(transaction, now, "expired before it was paid");
            return Result.NOT_PAYABLE;
        }
        return switch (charged) {
            case SUCCEEDED -> {
                settlement.succeed(transaction, now);
                yield Result.PAID;
            }
            case DECLINED -> {
                settlement.fail(transaction, now, "the card was declined");
                yield Result.DECLINED;
            }
            default -> {
                pause();
                settlement.fail(transaction, clock.instant(), "the card processor did not answer");
                yield Result.FAILED;
            }
        };
    }

    /** The buyer gave up on the card page: the pending transaction is cancelled. */
    public PaymentOutcome cancel(String session) {
        Instant now = clock.instant();
        PaymentTransaction transaction = settlement
                .lockByReference(SandboxProvider.NAME, session)
                .orElseThrow(() -> new UnknownEntityException("payment", "this session"));
        settlement.fail(transaction, now, "cancelled by the buyer");
        return outcome(transaction, now);
    }

    private PaymentOutcome outcome(PaymentTransaction transaction, Instant now) {
        return PaymentOutcome.of(
                transaction, em.find(Vendor.class, transaction.getVendorId()).shopTitle(), now);
    }

    private static void requireCardFields(String cardNumber, String expiry, String cvc, Instant now) {
        if (cardNumber == null || cardNumber.isBlank()) {
            throw new InvalidInputException("cardNumber", "is required");
        }
        try {
            YearMonth until = YearMonth.parse(expiry == null ? "" : expiry.trim(), EXPIRY);
            if (until.isBefore(YearMonth.from(now.atZone(ZoneOffset.UTC)))) {
                throw new InvalidInputException("expiry", "the card has expired");
            }
        } catch (DateTimeParseException notMonthYear) {
            throw new InvalidInputException("expiry", "must be month/year as MM/YY, e.g. 12/30");
        }
        if (cvc == null || !CVC.matcher(cvc.trim()).matches()) {
            throw new InvalidInputException("cvc", "must be the 3 or 4 digits on the card");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(SandboxCards.DELAY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
