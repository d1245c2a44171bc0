package com.appconda.licensing.shop.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The customer portal of a licensee: the vendor's shop name and logo, the product, the licenses the customer may
 * see (templates with {@code hideLicenses} never), whether the shop has anything to sell, and until when the link
 * opens the portal.
 */
public record PortalView(
        String shopName,
        String logoUrl,
        String productName,
        String licenseeNumber,
        List<PortalLicense> licenses,
        boolean shopHasOffers,
        Instant expiresAt) {}
