package com.appconda.licensing.broker.control;

import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.broker.entity.ValidationAnswered;
import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.Effect;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the Broker's answer from the models' evaluations. Its ttl is the configured default, shortened to the
 * earliest instant at which a module's answer would change (an expiry, a checkout's end), so an answer is never
 * trusted offline past the moment it stops being true. Without a nonce of the caller's, a fresh random one is
 * bound into it, so two answers are always told apart.
 */
@ApplicationScoped
public class Answers {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "licensing.broker.ttl-seconds", defaultValue = "900")
    long ttlSeconds;

    public ValidationAnswer of(
            String vendorNumber,
            String licenseeNumber,
            String productNumber,
            String nonce,
            boolean dryRun,
            List<Evaluation> evaluations,
            Instant now) {
        return of(vendorNumber, licenseeNumber, productNumber, nonce, dryRun, evaluations, now, ttl(evaluations, now));
    }

    /** An answer trusted until {@code ttl}, whatever its modules say (an offline file's own end). */
    public ValidationAnswer of(
            String vendorNumber,
            String licenseeNumber,
            String productNumber,
            String nonce,
            boolean dryRun,
            List<Evaluation> evaluations,
            Instant now,
            Instant ttl) {
        return new ValidationAnswer(
                vendorNumber,
                licenseeNumber,
                productNumber,
                now,
                ttl,
                nonce != null ? nonce : freshNonce(),
                dryRun,
                evaluations.stream().map(Evaluation::verdict).toList());
    }

    /**
     * What each module decided and consumed, for the {@link ValidationAnswered} event: the units written off (none
     * in a dry run, which applies nothing) and the floating session the request named.
     */
    public static List<ValidationAnswered.ModuleOutcome> outcomes(
            List<Evaluation> evaluations, Map<String, ?> parameters, boolean dryRun) {
        return evaluations.stream()
                .map(evaluation -> {
                    ModuleVerdict verdict = evaluation.verdict();
                    long consumed = dryRun
                            ? 0
                            : evaluation.effects().stream()
                                    .filter(Effect.WriteOffQuantity.class::isInstance)
                                    .mapToLong(effect -> ((Effect.WriteOffQuantity) effect).amount())
                                    .sum();
                    Object own = parameters == null ? null : parameters.get(verdict.moduleNumber());
                    Object session = own instanceof Map<?, ?> map ? map.get(ModuleRequest.SESSION_ID) : null;
                    return new ValidationAnswered.ModuleOutcome(
                            verdict.moduleNumber(),
                            verdict.licensingModel(),
                            verdict.valid(),
                            verdict.warningLevel(),
                            consumed,
                            session == null ? null : session.toString());
                })
                .toList();
    }

    private Instant ttl(List<Evaluation> evaluations, Instant now) {
        Instant ttl = now.plus(Duration.ofSeconds(ttlSeconds));
        Instant validUntil = ProductValidation.validUntil(evaluations);
        return validUntil != null && validUntil.isAfter(now) && validUntil.isBefore(ttl) ? validUntil : ttl;
    }

    private static String freshNonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    }
}
