package com.appconda.licensing.broker.control;

import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.Evaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
