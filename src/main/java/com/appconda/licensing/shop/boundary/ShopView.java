package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.payment.entity.Country;
import java.time.Instant;
import java.util.List;

/**
 * Everything the shop page shows for a token: the vendor's shop name and logo, the product, the offers in the
 * shop's currency and how their prices are stated (GROSS or NET), the templates preselected in the cart, where the
 * buyer may go back to, and the countries to choose from (the vendor's own first chosen, where it is known).
 */
public record ShopView(
        String shopName,
        String logoUrl,
        String productName,
        String licenseeNumber,
        String currency,
        String vatMode,
        List<ShopOffer> offers,
        List<String> preselected,
        String cancelUrl,
        String cancelTitle,
        Instant expiresAt,
        List<Country> countries,
        String vendorCountry) {}
