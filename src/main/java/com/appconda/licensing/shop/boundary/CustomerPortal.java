package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.shop.control.OpenShops;
import com.appconda.licensing.shop.control.ShopOffers;
import com.appconda.licensing.shop.entity.ShopClosedException;
import com.appconda.licensing.shop.entity.ShopToken;
import com.appconda.licensing.shop.entity.ShopTokenType;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer portal: the holder of an ACTION token sees the licensee's licenses (not those the vendor hides from
 * customers), their state and end, and goes to the shop with the same token to buy more or renew a time volume,
 * which the Subscription model appends after the current end (cumulative). A SHOP token opens no portal: it was
 * made for one purchase, not to show what a customer holds.
 */
@Stateless
public class CustomerPortal {

    @Inject
    OpenShops shops;

    @Inject
    ShopOffers offers;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public PortalView open(String secret) {
        ShopToken token = shops.require(secret, clock.instant());
        if (token.getTokenType() != ShopTokenType.ACTION) {
            throw new ShopClosedException();
        }
        Licensee licensee = token.getLicensee();
        Vendor vendor = em.find(Vendor.class, token.getVendorId());
        Set<Long> forSale = offers.offered(licensee.getProduct(), vendor.getDefaultCurrency()).stream()
                .map(LicenseTemplate::getId)
                .collect(Collectors.toSet());
        List<PortalLicense> licenses = em
                .createQuery(
                        "select l from License l join fetch l.licenseTemplate"
                                + " where l.licensee = :licensee and l.hidden = false order by l.id",
                        License.class)
                .setParameter("licensee", licensee)
                .getResultList()
                .stream()
                .map(license -> PortalLicense.of(
                        license, forSale.contains(license.getLicenseTemplate().getId())))
                .toList();
        return new PortalView(
                vendor.shopTitle(),
                vendor.getShopLogoUrl(),
                licensee.getProduct().getName(),
                licensee.getNumber(),
                licenses,
                !forSale.isEmpty(),
                token.getExpiresAt());
    }
}
