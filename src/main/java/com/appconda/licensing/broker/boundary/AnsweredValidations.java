package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.control.Answers;
import com.appconda.licensing.broker.control.Decisions;
import com.appconda.licensing.broker.control.ModuleOutcomes;
import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.vendor.control.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The last two steps of every validation, on either of the Broker's paths: announcing the decided answer as a
 * {@link ValidationAnswered} event (which the usage feature records), and rendering it signed in the format the
 * asking boundary wants.
 */
@ApplicationScoped
public class AnsweredValidations {

    @Inject
    Answers answers;

    @Inject
    SigningKeys signingKeys;

    @Inject
    Event<ValidationAnswered> answered;

    public ValidationAnswer announce(
            Caller caller,
            String licenseeNumber,
            String productNumber,
            ValidationRequest request,
            Decisions.Decided decided,
            ValidationAnswered.Origin origin) {
        answered.fire(new ValidationAnswered(
                caller.vendorId(),
                licenseeNumber,
                productNumber,
                decided.at(),
                origin,
                request.isDryRun(),
                ModuleOutcomes.of(decided.evaluations(), request.modules(), request.isDryRun())));
        return answers.of(
                caller.vendorNumber(),
                licenseeNumber,
                productNumber,
                request.nonce(),
                request.isDryRun(),
                decided.evaluations(),
                decided.at());
    }

    public RenderedAnswer render(Caller caller, AnswerFormat format, ValidationAnswer answer) {
        return format.render(answer, content -> signingKeys.sign(caller.vendorId(), content, answer.issuedAt()));
    }
}
