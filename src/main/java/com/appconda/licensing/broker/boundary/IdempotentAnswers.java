package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.control.IdempotencyStore;
import com.appconda.licensing.platform.entity.Hashes;
import com.appconda.licensing.platform.entity.IdempotencyRecord;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Makes state-changing validations idempotent: the first answer to a key is stored with the change,
 * a retry with the same key and the same request gets it back, and the same key with a different
 * request is refused rather than silently answered with something else. The caller holds the
 * licensee's lock, so two retries arriving together cannot both consume.
 */
@ApplicationScoped
public class IdempotentAnswers {

    @Inject
    IdempotencyStore store;

    public Optional<RenderedAnswer> replay(
            long vendorId, String key, String licenseeNumber, ValidationRequest request, AnswerFormat format) {
        requireValid(key);
        return store.find(vendorId, key).map(stored -> {
            if (!stored.getRequestHash().equals(hash(licenseeNumber, request, format))) {
                throw new RuleViolationException(
                        "Idempotency-Key '" + key + "' was used for a different request",
                        Map.of("Idempotency-Key", "used for a different request"));
            }
            return new RenderedAnswer(stored.getResponseBody(), stored.getSignature());
        });
    }

    public void remember(
            long vendorId,
            String key,
            String licenseeNumber,
            ValidationRequest request,
            AnswerFormat format,
            RenderedAnswer answer,
            Instant now) {
        if (key == null || request.isDryRun()) {
            return;
        }
        store.save(new IdempotencyRecord(
                vendorId, key, hash(licenseeNumber, request, format), answer.body(), answer.signature(), now));
    }

    private static void requireValid(String key) {
        if (!IdempotencyRecord.isWellFormedKey(key)) {
            throw new InvalidInputException(
                    "Idempotency-Key",
                    "must be 1 to " + IdempotencyRecord.MAX_KEY_LENGTH
                            + " visible ASCII characters (no spaces or control characters)");
        }
    }

    /** The request's identity: the same key with another licensee, request or answer format is another request. */
    private static String hash(String licenseeNumber, ValidationRequest request, AnswerFormat format) {
        return Hashes.sha256Hex(format.name() + '\u0000' + licenseeNumber + '\u0000' + request);
    }
}
