package com.appconda.licensing.licensee.control;

import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.LicenseeAlias;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.DuplicateNumberException;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Licensee numbers and aliases as one name space per vendor: wherever a licensee number goes, an alias of the
 * licensee may go instead. A number is looked up first, so an alias costs a second query only when no licensee has
 * that number; and no alias may equal a licensee's number, nor a new number an alias, so the two never compete.
 */
@ApplicationScoped
public class LicenseeAliases {

    @Inject
    TenantStore store;

    @PersistenceContext
    EntityManager em;

    /** The number of the licensee the alias (in any case) belongs to. */
    public Optional<String> numberOf(long vendorId, String alias) {
        if (alias == null || !Fields.storable(alias) || alias.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select l.number from Licensee l join l.aliases a"
                                + " where l.vendorId = :vendor and a.aliasKey = :key",
                        String.class)
                .setParameter("vendor", vendorId)
                .setParameter("key", LicenseeAlias.keyOf(alias))
                .getResultStream()
                .findFirst();
    }

    /**
     * For a key limited to one licensee: its licensee's number when {@code presented} is that number or one of its
     * aliases, else what was presented (which the caller then refuses as another licensee's, whether it exists or
     * not, so that a limited key learns nothing of the vendor's other licensees and their e-mail addresses).
     */
    public String ownNumberOf(Caller caller, String presented) {
        String own = caller.licenseeLimit();
        if (presented == null || presented.equals(own)) {
            return presented;
        }
        return numberOf(caller.vendorId(), presented).filter(own::equals).orElse(presented);
    }

    /** The licensee's number for a number or an alias; what was given when it is neither (a 404 follows there). */
    public String resolve(long vendorId, String numberOrAlias) {
        if (numberOrAlias == null || store.exists(Licensee.class, vendorId, numberOrAlias)) {
            return numberOrAlias;
        }
        return numberOf(vendorId, numberOrAlias).orElse(numberOrAlias);
    }

    /** The licensee of a number or an alias. */
    public Optional<Licensee> find(long vendorId, String numberOrAlias) {
        Optional<Licensee> byNumber = store.find(Licensee.class, vendorId, numberOrAlias);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        return numberOf(vendorId, numberOrAlias).flatMap(number -> store.find(Licensee.class, vendorId, number));
    }

    /** Refuses (409) a new licensee number that is already an alias. */
    public void requireNumberFree(long vendorId, String number) {
        if (numberOf(vendorId, number).isPresent()) {
            throw new DuplicateNumberException("licensee alias", number);
        }
    }

    /**
     * Gives the licensee these aliases, refusing (409) one that another licensee holds or that is a licensee's number,
     * and (400) one that is the licensee's own number, which needs no alias.
     */
    public void assign(Licensee licensee, List<String> aliases) {
        for (String alias : aliases) {
            String written = LicenseeAlias.requireForm(alias);
            if (written.equals(licensee.getNumber())) {
                throw new InvalidInputException("aliases", "'" + written + "' is the licensee's own number");
            }
            if (store.exists(Licensee.class, licensee.getVendorId(), written)) {
                throw new DuplicateNumberException("licensee", written, "aliases");
            }
            Optional<String> holder = numberOf(licensee.getVendorId(), written);
            if (holder.isPresent() && !holder.get().equals(licensee.getNumber())) {
                throw new DuplicateNumberException("licensee alias", written, "aliases");
            }
        }
        licensee.replaceAliases(aliases);
    }

    /**
     * Adds an alias unless it is taken (by another licensee, as an alias or a number) or would exceed the licensee's
     * limit: for the buyer's e-mail address, which should not make a purchase fail. Whether it was added.
     */
    public boolean addIfFree(Licensee licensee, String alias) {
        String written = alias == null ? null : alias.strip();
        if (written == null
                || written.isEmpty()
                || written.length() > LicenseeAlias.MAX_LENGTH
                || written.equals(licensee.getNumber())
                || licensee.getAliases().size() >= Licensee.MAX_ALIASES
                || store.exists(Licensee.class, licensee.getVendorId(), written)
                || numberOf(licensee.getVendorId(), written).isPresent()) {
            return false;
        }
        List<String> aliases = new ArrayList<>(licensee.getAliases());
        aliases.add(written);
        licensee.replaceAliases(aliases);
        return true;
    }
}
