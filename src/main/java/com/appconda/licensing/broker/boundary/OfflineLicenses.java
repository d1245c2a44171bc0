package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.broker.control.Answers;
import com.appconda.licensing.broker.control.SnapshotLoader;
import com.appconda.licensing.broker.entity.ValidationAnswer;
import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.engine.control.ProductValidation;
import com.appconda.licensing.engine.spi.Evaluation;
import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.control.LicenseeResolver;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.boundary.JsonFactories;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.vendor.control.SigningKeys;
import com.appconda.licensing.verifier.OfflineLicense;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Issues offline license files: the licensee's full licensing state as the Broker would answer it now
 * (a dry run: an offline file consumes nothing), each valid module with its own end, the file with an expiry,
 * signed with the vendor's key. Vendor software verifies it with only the public key and no network
 * ({@link OfflineLicense}), and refuses it once it has expired.
 */
@Stateless
@RequiresRole(value = Role.BROKER, forLimitedKeys = true)
public class OfflineLicenses {

    static final int MAX_DAYS = 366;

    @Inject
    TenantStore store;

    @Inject
    SnapshotLoader snapshots;

    @Inject
    LicenseeResolver licensees;

    @Inject
    Answers answers;

    @Inject
    LicensingModelCatalog models;

    @Inject
    SigningKeys signingKeys;

    @Inject
    LicenseeAliases aliases;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    public String issue(String licenseeNumber, OfflineLicenseRequest request) {
        Caller caller = currentCaller.get();
        if (caller.isLimitedToALicensee()) {
            caller.requireMayActFor(aliases.ownNumberOf(caller, licenseeNumber));
        }
        Licensee licensee = aliases.find(caller.vendorId(), licenseeNumber)
                .orElseThrow(() -> EntityNumber.isValid(licenseeNumber)
                        ? new UnknownEntityException("licensee", licenseeNumber)
                        : new InvalidInputException(
                                "licenseeNumber", "is neither a licensee number nor an alias of one"));
        caller.requireMayActFor(licensee.getNumber());
        // The same answers as a validation's: an unknown product is 404, another product's licensee 422.
        if (request.productNumber() != null) {
            licensees.existing(
                    caller.vendorId(),
                    licenseeNumber,
                    store.require(Product.class, caller.vendorId(), request.productNumber()));
        }
        Product product = licensee.getProduct();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days(request.validDays())));
        List<Evaluation> evaluations =
                new ProductValidation(models.models()).evaluate(snapshots.load(product, licensee), Map.of(), now);
        ValidationAnswer answer = answers.of(
                caller.vendorNumber(),
                licensee.getNumber(),
                product.getNumber(),
                request.nonce(),
                true,
                evaluations,
                now,
                expiresAt);
        String payload = JsonAnswerFormat.write(answer, Map.of("expiresAt", expiresAt.toString()), true);
        return document(caller.vendorId(), payload, now);
    }

    private String document(long vendorId, String payload, Instant now) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        SigningKeys.Signed signed = signingKeys.sign(vendorId, bytes, now);
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("format", OfflineLicense.FORMAT)
                .add("keyId", signed.keyId())
                .add("algorithm", SigningKeys.ALGORITHM)
                .add("payload", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .add("signature", signed.signature())
                .build()
                .toString();
    }

    private static int days(Integer validDays) {
        int days = Fields.orKeep(validDays, 30);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("validDays", "must be 1 to " + MAX_DAYS);
        }
        return days;
    }
}
