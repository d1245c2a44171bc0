package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.vendor.control.SigningKeys;
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
 * Writes and signs answers. The signed text binds vendor, licensee, product, issue time, nonce and
 * ttl, so an answer cannot be passed off for another licensee, replayed as fresh (when the caller
 * sends its own nonce) or trusted past its ttl. The ttl is the configured default, shortened to the
 * earliest instant at which a module's answer would change (an expiry, a checkout's end).
 */
@ApplicationScoped
public class AnswerSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "licensing.broker.ttl-seconds", defaultValue = "900")
    long ttlSeconds;

    public SignedAnswer sign(Caller caller, String licenseeNumber, String productNumber, ValidationRequest request,
            List<Evaluation> evaluations, Instant now) {
        return sign(caller.vendorId(), header(caller, licenseeNumber, productNumber, request.nonce(),
                request.isDryRun(), ttl(evaluations, now), now), evaluations, Map.of());
    }

    SignedAnswer sign(long vendorId, AnswerJson.Header header, List<Evaluation> evaluations,
            Map<String, Object> extra) {
        String body = AnswerJson.write(header, evaluations, extra);
        SigningKeys.Signed signed = signingKeys.sign(vendorId, body, header.issuedAt());
        return SignedAnswer.of(body, signed.keyId(), signed.signature());
    }

    static AnswerJson.Header header(Caller caller, String licenseeNumber, String productNumber, String nonce,
            boolean dryRun, Instant ttl, Instant now) {
        return new AnswerJson.Header(caller.vendorNumber(), licenseeNumber, productNumber, now, ttl,
                nonce != null ? nonce : freshNonce(), dryRun);
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
