package com.appconda.licensing.vendor.control;

import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.vendor.entity.ApiKey;
import com.appconda.licensing.vendor.entity.Vendor;
import com.appconda.licensing.vendor.entity.VendorUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Vendors, their users and their API keys. */
@ApplicationScoped
public class VendorStore {

    @PersistenceContext
    EntityManager em;

    /** Usernames are stored in lower case, so a login is case-insensitive and still uses the index. */
    public Optional<VendorUser> findUser(String username) {
        if (!Fields.storable(username)) {
            return Optional.empty();
        }
        return em.createQuery("select u from VendorUser u where u.username = :name", VendorUser.class)
                .setParameter("name", username.toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public Optional<Vendor> findVendor(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    public boolean vendorNumberExists(String number) {
        return em.createQuery("select count(v) from Vendor v where v.number = :number", Long.class)
                        .setParameter("number", number)
                        .getSingleResult()
                > 0;
    }

    public Optional<ApiKey> findApiKeyBySecretHash(String secretHash) {
        return em.createQuery("select k from ApiKey k where k.secretHash = :hash", ApiKey.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }

    public List<ApiKey> apiKeys(long vendorId) {
        return em.createQuery(
                        "select k from ApiKey k where k.vendorId = :vendor" + " order by k.createdAt desc, k.id desc",
                        ApiKey.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    /** Creates a vendor with a fresh, unused number (V and ten random characters). */
    public Vendor createVendor(String name, String email, Instant now) {
        String number;
        do {
            number = EntityNumber.generate('V');
        } while (vendorNumberExists(number));
        Vendor vendor = new Vendor(number, name, email, now);
        em.persist(vendor);
        em.flush();
        return vendor;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
