package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.licensee.control.LicenseeAliases;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.AccessDeniedException;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.shop.control.ShopOffers;
import com.appconda.licensing.shop.control.ShopTokenSecret;
import com.appconda.licensing.shop.entity.ReturnUrl;
import com.appconda.licensing.shop.entity.ShopToken;
import com.appconda.licensing.shop.entity.ShopTokenType;
import com.appconda.licensing.vendor.control.VendorStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Shop tokens for the vendor's software: it asks for one for a licensee when its customer wants to buy, and sends
 * the customer to the answer's shop URL. A Broker key may ask (the vendor's software holds one); a key limited to a
 * licensee only for that licensee. Revoking a token closes its shop at once.
 */
@Stateless
@RequiresRole(value = Role.BROKER, forLimitedKeys = true)
public class ShopTokens {

    static final String KIND = "shop token";
    static final int DEFAULT_MINUTES = 30;
    static final int MAX_MINUTES = 7 * 24 * 60;
    /** So many 64-character numbers fit the token's column of 2000 with their commas. */
    static final int MAX_PRESELECTED = 30;

    @Inject
    TenantStore store;

    @Inject
    LicenseeAliases aliases;

    @Inject
    ShopOffers offers;

    @Inject
    VendorStore vendors;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** Creates a token; {@code serverBase} is this server as the caller reached it, for the shop URL. */
    public ShopTokenResponse create(ShopTokenRequest request, URI serverBase) {
        Caller caller = currentCaller.get();
        requireMayWrite(caller);
        String presented = Fields.required("licenseeNumber", request.licenseeNumber());
        if (caller.isLimitedToALicensee()) {
            caller.requireMayActFor(aliases.ownNumberOf(caller, presented));
        }
        Licensee licensee = aliases.find(caller.vendorId(), presented)
                .orElseThrow(
                        () -> new InvalidInputException("licenseeNumber", "no licensee '" + presented + "' exists"));
        caller.requireMayActFor(licensee.getNumber());
        ShopTokenType type = Fields.orKeep(
                Fields.enumValue(ShopTokenType.class, "tokenType", request.tokenType()), ShopTokenType.SHOP);
        int minutes = Fields.orKeep(request.expiresInMinutes(), DEFAULT_MINUTES);
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidInputException("expiresInMinutes", "must be between 1 and " + MAX_MINUTES);
        }
        List<String> preselected = request.licenseTemplateNumbers() == null
                ? List.of()
                : request.licenseTemplateNumbers().stream().distinct().toList();
        if (preselected.size() > MAX_PRESELECTED) {
            throw new InvalidInputException(
                    "licenseTemplateNumbers", "at most " + MAX_PRESELECTED + " templates in the cart of a new token");
        }
        String currency = vendors.findVendor(caller.vendorId()).orElseThrow().getDefaultCurrency();
        for (String number : preselected) {
            requireOffered(caller, licensee, number, currency);
        }
        String secret = ShopTokenSecret.generate();
        Instant now = clock.instant();
        ShopToken token = new ShopToken(
                caller.vendorId(),
                EntityNumber.generate('S'),
                type,
                ShopTokenSecret.hash(secret),
                licensee,
                now,
                now.plus(Duration.ofMinutes(minutes)));
        token.returnTo(
                ReturnUrl.optional("successUrl", request.successUrl()),
                request.successUrlTitle(),
                ReturnUrl.optional("cancelUrl", request.cancelUrl()),
                request.cancelUrlTitle());
        token.preselect(preselected);
        store.persist(token);
        store.flush();
        audit.record(caller, "CREATE", KIND, token.getNumber(), type + " for licensee " + licensee.getNumber());
        return ShopTokenResponse.from(token, shopUrl(serverBase, type, secret));
    }

    public ShopTokenResponse read(String number) {
        return ShopTokenResponse.from(mine(number), null);
    }

    /** Closes the token's shop at once; the answer shows it inactive. */
    public ShopTokenResponse revoke(String number) {
        requireMayWrite(currentCaller.get());
        ShopToken token = mine(number);
        if (token.isActive()) {
            token.setActive(false);
            store.flush();
            audit.record(currentCaller.get(), "DELETE", KIND, number, "revoked");
        }
        return ShopTokenResponse.from(token, null);
    }

    /** A read-only key reads tokens but neither makes nor revokes one: it changes nothing. */
    private static void requireMayWrite(Caller caller) {
        if (!caller.role().mayChangeState()) {
            throw new AccessDeniedException("a read-only key cannot create or revoke shop tokens; use a Broker key");
        }
    }

    private ShopToken mine(String number) {
        Caller caller = currentCaller.get();
        ShopToken token = store.require(ShopToken.class, caller.vendorId(), number);
        if (!caller.mayActFor(token.getLicensee().getNumber())) {
            throw new UnknownEntityException(KIND, number);
        }
        return token;
    }

    private void requireOffered(Caller caller, Licensee licensee, String templateNumber, String currency) {
        LicenseTemplate template = store.find(LicenseTemplate.class, caller.vendorId(), templateNumber)
                .orElseThrow(() -> new InvalidInputException(
                        "licenseTemplateNumbers", "no license template '" + templateNumber + "' exists"));
        if (!offers.isOffered(template, licensee.getProduct(), currency)) {
            throw new InvalidInputException(
                    "licenseTemplateNumbers",
                    "template '" + templateNumber + "' is not sold in the shop of product '"
                            + licensee.getProduct().getNumber() + "' (hidden, inactive, another product or currency)");
        }
    }

    /** The shop's page for a SHOP token, the portal's for an ACTION token. */
    static String shopUrl(URI serverBase, ShopTokenType type, String secret) {
        String page = type == ShopTokenType.ACTION ? "shop/portal.xhtml" : "shop/index.xhtml";
        return serverBase.resolve(page + "?token=" + secret).toString();
    }
}
