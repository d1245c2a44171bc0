package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.control.Decisions;
import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.licensee.entity.LicenseeFacts;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The Broker: one call answers for every module of a product, already evaluated, signed.
 *
 * <p>Most validations change nothing: a subscription, a feature, a dry run. Those are answered here without a
 * transaction and without entities: the licensee's facts are read as values in one query, the licensing state as
 * values in a fixed number more (the catalog from memory), the models decide, and the answer is announced and
 * signed. Each query sees what was committed when it ran, exactly as each statement of a READ COMMITTED
 * transaction would, so nothing is lost by not holding one; what is saved is the transaction, the persistence
 * context and the entities.
 *
 * <p>Everything else goes to {@link ValidationTransaction}: a validation whose models decided to change state
 * (decided again there, under the licensee's row lock), one with an {@code Idempotency-Key} (its answer is stored),
 * one for a licensee that does not exist yet (auto-create) or that names another product (refused there, with
 * the same errors as before).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresRole(value = Role.BROKER, forLimitedKeys = true)
public class ValidationBroker {

    @Inject
    LicenseeResolver licensees;

    @Inject
    LicenseeAliases aliases;

    @Inject
    Decisions decisions;

    @Inject
    AnsweredValidations answered;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ValidationTransaction transaction;

    /** Validates for the vendor's software and renders the answer in {@code format}, signed. */
    public RenderedAnswer validate(
            String licenseeNumber, ValidationRequest request, String idempotencyKey, AnswerFormat format) {
        Caller caller = currentCaller.get();
        licenseeNumber = numberOf(caller, licenseeNumber);
        ValidationTransaction.requireMayValidate(caller, licenseeNumber, request);
        if (!request.isDryRun() && idempotencyKey != null) {
            return transaction.validate(licenseeNumber, request, idempotencyKey, format);
        }
        Optional<LicenseeFacts> licensee = licensees.facts(caller.vendorId(), licenseeNumber);
        if (licensee.isEmpty()
                || request.productNumber() != null && !licensee.get().isOf(request.productNumber())) {
            return transaction.validate(licenseeNumber, request, idempotencyKey, format);
        }
        Decisions.Decided decided = decisions.decide(licensee.get(), request.licenseeSecret(), request.modules());
        if (!request.isDryRun() && decisions.changeState(licensee.get(), request.licenseeSecret(), decided)) {
            return transaction.validateLocked(licenseeNumber, request, format);
        }
        ValidationAnswer answer = answered.announce(
                caller,
                licensee.get().number(),
                licensee.get().productNumber(),
                request,
                decided,
                ValidationAnswered.Origin.API);
        return answered.render(caller, format, answer);
    }

    /**
     * The licensee number to validate: an alias that cannot be a number (an e-mail address) is its licensee's
     * number, found here; one that can is found where the licensee is read, at no cost to a validation by number.
     * A key limited to one licensee may name it by one of its aliases; any other name is refused as another
     * licensee's, whether it exists or not.
     */
    private String numberOf(Caller caller, String presented) {
        if (caller.isLimitedToALicensee()) {
            return aliases.ownNumberOf(caller, presented);
        }
        if (!EntityNumber.isValid(presented)) {
            return aliases.numberOf(caller.vendorId(), presented)
                    .orElseThrow(() -> new InvalidInputException(
                            "licenseeNumber", "is neither a licensee number nor an alias of one"));
        }
        return presented;
    }

    /** The console's "validate now" ({@link ValidationTransaction#preview}): a dry run that reads as data. */
    public ValidationAnswer preview(String licenseeNumber, String productNumber, String licenseeSecret) {
        return transaction.preview(licenseeNumber, productNumber, licenseeSecret);
    }
}
