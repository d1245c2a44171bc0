package com.appconda.licensing.vendor.control;

import com.appconda.licensing.vendor.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs with a vendor's current Ed25519 key, creating the first one on first use. Decrypted private
 * keys are kept in memory for a minute, so signing costs no database read on the hot path; after a
 * rotation on another node this node signs with the previous key for at most that minute, which
 * is harmless because retired keys stay published.
 */
@ApplicationScoped
public class SigningKeys {

    public static final String ALGORITHM = "Ed25519";
    static final Duration CACHE_TIME = Duration.ofMinutes(1);

    /** The key that signed, and the signature. */
    public record Signed(String keyId, String signature) {}

    /** The current key's id and its RFC 8032 seed, decrypted once a minute rather than per answer. */
    private record CachedKey(String keyId, byte[] seed, Instant loadedAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    MasterKey masterKey;

    @Inject
    SigningKeyStore store;

    private final Map<Long, CachedKey> current = new ConcurrentHashMap<>();

    public Signed sign(long vendorId, byte[] content, Instant now) {
        CachedKey key = current.get(vendorId);
        if (key == null || now.isAfter(key.loadedAt().plus(CACHE_TIME))) {
            key = load(vendorId, now);
            current.put(vendorId, key);
        }
        return new Signed(
                key.keyId(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(Ed25519Signer.sign(key.seed(), content)));
    }

    public Signed sign(long vendorId, String content, Instant now) {
        return sign(vendorId, content.getBytes(StandardCharsets.UTF_8), now);
    }

    /** All keys, newest first: the current one and the retired ones that still verify old answers. */
    public List<SigningKey> all(long vendorId, Instant now) {
        currentKey(vendorId, now);
        return em.createQuery(
                        "select k from SigningKey k where k.vendorId = :vendor order by k.createdAt desc,"
                                + " k.id desc",
                        SigningKey.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    /** Retires the current key and creates its successor, which signs from now on. */
    public SigningKey rotate(long vendorId, Instant now) {
        currentKey(vendorId, now).retire(now);
        SigningKey fresh = store.create(vendorId, now);
        current.remove(vendorId);
        return fresh;
    }

    public SigningKey currentKey(long vendorId, Instant now) {
        return store.current(vendorId, now);
    }

    private CachedKey load(long vendorId, Instant now) {
        SigningKey key = currentKey(vendorId, now);
        try {
            byte[] pkcs8 = masterKey.decrypt(key.getEncryptedPrivateKey());
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new CachedKey(key.getKeyId(), Ed25519Signer.seedOf(privateKey), now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read signing key " + key.getKeyId(), e);
        }
    }
}
