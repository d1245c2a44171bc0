package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.TenantStore;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Map;

/**
 * Auto-creates a licensee in a transaction of its own, so that when the first validations of a new
 * licensee arrive together, exactly one creates it and the others, failing on the unique number,
 * use the one that won instead of answering an error. A licensee created this way stays even if the
 * validation that created it fails afterwards: creating it again would give the same result.
 */
@Stateless
public class LicenseeAutoCreation {

    @Inject
    LicenseeResolver resolver;

    @Inject
    TenantStore store;

    @Inject
    LicenseeAutoCreation self;

    @Resource
    SessionContext context;

    /** The licensee, created now or by a concurrent request; found again in the caller's transaction. */
    public Licensee createOrFind(
            long vendorId, String licenseeNumber, Product product, String name, Map<String, String> properties) {
        if (!self.create(vendorId, licenseeNumber, product, name, properties)) {
            // Another request created it first: its transaction has committed, so it is found now.
            return store.find(Licensee.class, vendorId, licenseeNumber)
                    .orElseThrow(() -> new IllegalStateException(
                            "licensee " + licenseeNumber + " could be neither created nor found"));
        }
        return store.find(Licensee.class, vendorId, licenseeNumber).orElseThrow();
    }

    /** False, with this transaction rolled back, when the number was taken meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean create(
            long vendorId, String licenseeNumber, Product product, String name, Map<String, String> properties) {
        try {
            // The caller's product instance belongs to the caller's persistence context, not to this transaction's.
            resolver.create(
                    vendorId,
                    licenseeNumber,
                    store.require(Product.class, vendorId, product.getNumber()),
                    name,
                    properties);
            return true;
        } catch (PersistenceException numberTaken) {
            context.setRollbackOnly();
            return false;
        }
    }
}
