package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.EntityNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Gives a new licensee one license of every active {@code automatic} template of its product, free
 * of charge, as NetLicensing does (an evaluation, a basic feature). Time-based ones are issued without
 * a start date: their licensing model starts them at the first validation, so an evaluation period
 * runs from first use, not from when the vendor created the licensee.
 */
@ApplicationScoped
public class AutomaticLicenses {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantStore store;

    public List<License> issueTo(Licensee licensee) {
        List<LicenseTemplate> templates = em.createQuery(
                        "select t from LicenseTemplate t"
                                + " where t.productModule.product = :product and t.automatic = true and t.active = true"
                                + " order by t.id",
                        LicenseTemplate.class)
                .setParameter("product", licensee.getProduct())
                .getResultList();
        return templates.stream().map(template -> issue(licensee, template)).toList();
    }

    private License issue(Licensee licensee, LicenseTemplate template) {
        License license = new License(licensee.getVendorId(), EntityNumber.generate('L'), licensee, template);
        license.setPrice(BigDecimal.ZERO);
        store.persist(license);
        return license;
    }
}
