package com.appconda.licensing.shop.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the shop sells for a product: its active, not hidden templates of active modules, in the shop's currency
 * (the vendor's default; a cart is paid in one currency). Hidden templates (an evaluation, an internal grant) are
 * never offered, whatever a request names.
 */
@ApplicationScoped
public class ShopOffers {

    @PersistenceContext
    EntityManager em;

    public List<LicenseTemplate> offered(Product product, String currency) {
        return em.createQuery(
                        "select t from LicenseTemplate t join fetch t.productModule"
                                + " where t.productModule.product = :product and t.productModule.active = true"
                                + " and t.active = true and t.hidden = false and t.currency = :currency"
                                + " order by t.productModule.name, t.price, t.name",
                        LicenseTemplate.class)
                .setParameter("product", product)
                .setParameter("currency", currency)
                .getResultList();
    }

    public boolean isOffered(LicenseTemplate template, Product product, String currency) {
        return template.isActive()
                && !template.isHidden()
                && template.getProductModule().isActive()
                && template.getProductModule().getProduct().equals(product)
                && template.getCurrency().equals(currency);
    }
}
