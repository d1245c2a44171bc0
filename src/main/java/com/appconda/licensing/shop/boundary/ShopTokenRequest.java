package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.platform.entity.Length;
import java.util.List;

/**
 * A shop token to create for a licensee (its number or an alias): where the buyer returns after paying
 * ({@code successUrl}) and after giving up ({@code cancelUrl}), with the link texts the shop shows for them, the
 * templates already in the cart ({@code licenseTemplateNumbers}), and how long the token opens the shop
 * ({@code expiresInMinutes}, 1 to 10080, default 30). {@code tokenType} is SHOP (the default: the shop) or ACTION
 * (the customer portal, NetLicensing's {@code licenseeLogin}: the licensee's licenses, and the shop to buy more).
 */
public record ShopTokenRequest(
        @Length(max = 254) String licenseeNumber,
        String tokenType,
        @Length(max = 2000) String successUrl,
        @Length(max = 200) String successUrlTitle,
        @Length(max = 2000) String cancelUrl,
        @Length(max = 200) String cancelUrlTitle,
        List<String> licenseTemplateNumbers,
        Integer expiresInMinutes) {}
