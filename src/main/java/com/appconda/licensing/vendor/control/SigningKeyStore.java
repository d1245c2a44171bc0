package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.vendor.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;

/**
 * Reads and creates a vendor's signing keys, in the caller's transaction or, where the caller has none (the
 * Broker's read-only path signs without one), in a transaction of its own: creating the first key must be
 * written whoever asks for it.
 */
@ApplicationScoped
@Transactional
public class SigningKeyStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    MasterKey masterKey;

    /** The key that signs now, created on first use. */
    public SigningKey current(long vendorId, Instant now) {
        return em.createQuery(
                        "select k from SigningKey k where k.vendorId = :vendor and k.retiredAt is null"
                                + " order by k.createdAt desc, k.id desc",
                        SigningKey.class)
                .setParameter("vendor", vendorId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> create(vendorId, now));
    }

    /** A new Ed25519 key pair, its private half encrypted under the master key. */
    public SigningKey create(long vendorId, Instant now) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(SigningKeys.ALGORITHM).generateKeyPair();
            SigningKey key = new SigningKey(
                    vendorId,
                    EntityNumber.generate('S'),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                    masterKey.encrypt(pair.getPrivate().getEncoded()),
                    now);
            em.persist(key);
            em.flush();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + SigningKeys.ALGORITHM, e);
        }
    }
}
