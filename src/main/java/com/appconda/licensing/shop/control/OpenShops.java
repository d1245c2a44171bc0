package com.appconda.licensing.shop.control;

import com.appconda.licensing.shop.entity.ShopClosedException;
import com.appconda.licensing.shop.entity.ShopToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Finds the token a shop link holds, if it opens the shop now; a junk, revoked or expired one opens nothing. */
@ApplicationScoped
public class OpenShops {

    @PersistenceContext
    EntityManager em;

    public ShopToken require(String secret, Instant now) {
        return find(secret, now, LockModeType.NONE);
    }

    /** Like {@link #require}, with the token's row locked: for a checkout, one per token at a time. */
    public ShopToken requireLocked(String secret, Instant now) {
        return find(secret, now, LockModeType.PESSIMISTIC_WRITE);
    }

    private ShopToken find(String secret, Instant now, LockModeType lock) {
        if (!ShopTokenSecret.wellFormed(secret)) {
            throw new ShopClosedException();
        }
        return em.createQuery("select t from ShopToken t where t.secretHash = :hash", ShopToken.class)
                .setParameter("hash", ShopTokenSecret.hash(secret))
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .filter(token -> token.opensAt(now))
                .orElseThrow(ShopClosedException::new);
    }
}
