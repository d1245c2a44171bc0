package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.LicenseeSecretMode;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.LicenseeFacts;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.Hashes;
import com.appconda.licensing.platform.entity.RuleViolationException;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the licensee a validation is for, creating it on first validation where its product allows
 * that (NetLicensing's licenseeAutoCreate, with the product's automatic licenses), and checks the
 * licensee secret where the product asks for one.
 */
@ApplicationScoped
public class LicenseeResolver {

    /** How a licensee secret check came out. */
    public enum SecretCheck {
        PASSED,
        MISSING,
        MISMATCH
    }

    @Inject
    TenantStore store;

    @Inject
    AutomaticLicenses automaticLicenses;

    @Inject
    LicenseeAliases aliases;

    @PersistenceContext
    EntityManager em;

    /**
     * The facts of an existing licensee, read as values in one query (no entity to load or track): what a
     * read-only validation needs. Empty when the vendor has no licensee with this number or alias; the facts of an
     * alias's licensee carry the licensee's number.
     */
    public Optional<LicenseeFacts> facts(long vendorId, String numberOrAlias) {
        if (!Fields.storable(numberOrAlias)) {
            return Optional.empty();
        }
        Optional<LicenseeFacts> byNumber = factsByNumber(vendorId, numberOrAlias);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        return aliases.numberOf(vendorId, numberOrAlias).flatMap(number -> factsByNumber(vendorId, number));
    }

    private Optional<LicenseeFacts> factsByNumber(long vendorId, String licenseeNumber) {
        return em.createQuery(
                        "select l.id, l.secretHash, p.id, p.number, p.licenseeSecretMode from Licensee l"
                                + " join l.product p where l.vendorId = :vendor and l.number = :number",
                        Object[].class)
                .setParameter("vendor", vendorId)
                .setParameter("number", licenseeNumber)
                .getResultStream()
                .findFirst()
                .map(row -> new LicenseeFacts(
                        (Long) row[0],
                        vendorId,
                        licenseeNumber,
                        (String) row[1],
                        (Long) row[2],
                        (String) row[3],
                        (LicenseeSecretMode) row[4]));
    }

    /**
     * The existing licensee of a number or an alias, checked against the product named in the request; empty when
     * it does not exist but may be auto-created. Unknown and not creatable answers 404.
     */
    public Optional<Licensee> existing(long vendorId, String licenseeNumber, Product product) {
        Optional<Licensee> licensee = aliases.find(vendorId, licenseeNumber);
        if (licensee.isPresent()) {
            if (product != null && !licensee.get().getProduct().equals(product)) {
                throw new RuleViolationException(
                        "licensee '" + licenseeNumber + "' is a licensee of product '"
                                + licensee.get().getProduct().getNumber() + "', not of '" + product.getNumber() + "'",
                        Map.of("productNumber", "not the licensee's product"));
            }
            return licensee;
        }
        if (product == null || !product.isLicenseeAutoCreate()) {
            throw new UnknownEntityException("licensee", licenseeNumber);
        }
        return Optional.empty();
    }

    /** Creates the licensee of an auto-create product, with its automatic licenses, in the caller's transaction. */
    public Licensee create(
            long vendorId, String licenseeNumber, Product product, String name, Map<String, String> properties) {
        Licensee licensee = new Licensee(vendorId, licenseeNumber, product);
        licensee.setName(name);
        licensee.changeProperties(properties);
        store.persist(licensee);
        automaticLicenses.issueTo(licensee);
        store.flush();
        return licensee;
    }

    /**
     * PREDEFINED: the vendor stored the secret, the request must match it. CLIENT: the first secret
     * a licensee presents is stored ({@code store} false on a dry run), later ones must match it.
     */
    public SecretCheck checkSecret(Licensee licensee, String presented, boolean store) {
        LicenseeFacts facts = LicenseeFacts.of(licensee);
        SecretCheck check = checkSecret(facts, presented);
        if (store && check == SecretCheck.PASSED && wouldStoreSecret(facts, presented)) {
            licensee.setSecretHash(hash(presented));
        }
        return check;
    }

    /** The check of {@link #checkSecret(Licensee, String, boolean)} on the licensee's facts, storing nothing. */
    public static SecretCheck checkSecret(LicenseeFacts licensee, String presented) {
        LicenseeSecretMode mode = licensee.secretMode();
        if (mode == LicenseeSecretMode.DISABLED) {
            return SecretCheck.PASSED;
        }
        if (presented == null || presented.isEmpty()) {
            return SecretCheck.MISSING;
        }
        if (licensee.secretHash() == null) {
            return mode == LicenseeSecretMode.PREDEFINED ? SecretCheck.MISMATCH : SecretCheck.PASSED;
        }
        return MessageDigest.isEqual(
                        licensee.secretHash().getBytes(StandardCharsets.US_ASCII),
                        hash(presented).getBytes(StandardCharsets.US_ASCII))
                ? SecretCheck.PASSED
                : SecretCheck.MISMATCH;
    }

    /** Whether a CLIENT-mode licensee presents its first secret, which this validation would store. */
    public static boolean wouldStoreSecret(LicenseeFacts licensee, String presented) {
        return licensee.secretMode() == LicenseeSecretMode.CLIENT
                && licensee.secretHash() == null
                && presented != null
                && !presented.isEmpty();
    }

    public static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
