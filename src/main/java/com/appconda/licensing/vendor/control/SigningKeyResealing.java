package com.appconda.licensing.vendor.control;

import com.appconda.licensing.vendor.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The store's half of a master key rotation: every signing key still sealed under the previous master key is
 * sealed under the current one. Runs in the caller's transaction, so a rotation is all or nothing, and refuses
 * (changing nothing) when a key opens with neither master key: that is a wrong configuration, and going on would
 * leave a vendor unable to sign.
 */
@ApplicationScoped
public class SigningKeyResealing {

    /** How many keys were resealed, and how many already were under the current master key. */
    public record Outcome(int resealed, int alreadyCurrent) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    MasterKey masterKey;

    public Outcome resealAll() {
        List<SigningKey> keys = em.createQuery("select k from SigningKey k order by k.id", SigningKey.class)
                .getResultList();
        int resealed = 0;
        int alreadyCurrent = 0;
        for (SigningKey key : keys) {
            if (masterKey.sealedWithCurrent(key.getEncryptedPrivateKey())) {
                alreadyCurrent++;
                continue;
            }
            String sealed = masterKey
                    .resealed(key.getEncryptedPrivateKey())
                    .orElseThrow(() -> new IllegalStateException("signing key " + key.getKeyId()
                            + " opens with neither licensing.master-key nor licensing.master-key-previous;"
                            + " nothing was resealed"));
            key.reseal(sealed);
            resealed++;
        }
        em.flush();
        return new Outcome(resealed, alreadyCurrent);
    }
}
