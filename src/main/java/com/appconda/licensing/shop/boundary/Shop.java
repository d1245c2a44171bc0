package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.payment.control.Countries;
import com.appconda.licensing.payment.control.PaymentProvider;
import com.appconda.licensing.payment.control.PriceCalculator;
import com.appconda.licensing.payment.control.TransactionOpening;
import com.appconda.licensing.payment.entity.CartLine;
import com.appconda.licensing.payment.entity.Country;
import com.appconda.licensing.payment.entity.PaymentTransaction;
import com.appconda.licensing.payment.entity.PriceDiscount;
import com.appconda.licensing.payment.entity.PriceMode;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.payment.entity.TransactionLine;
import com.appconda.licensing.platform.entity.EmailAddress;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.shop.control.OpenShops;
import com.appconda.licensing.shop.control.ShopOffers;
import com.appconda.licensing.shop.entity.ShopToken;
import com.appconda.licensing.vendor.entity.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public shop: what a shop token's holder sees, what a cart costs, and checkout. No login: the token is the
 * credential, and everything is scoped by its vendor and licensee; a template of anyone else, a hidden one or one
 * in another currency is refused as not sold here. Checkout opens a pending transaction and answers the provider's
 * page the buyer pays on; the licenses are created when the payment succeeds, never here.
 */
@Stateless
public class Shop {

    /** The most of one template in a cart: more is a typing mistake, or a volume deal for the vendor's sales team. */
    static final int MAX_QUANTITY = 100;

    @Inject
    OpenShops shops;

    @Inject
    ShopOffers offers;

    @Inject
    Countries countries;

    @Inject
    TransactionOpening opening;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ShopView open(String secret) {
        ShopToken token = shops.require(secret, clock.instant());
        Licensee licensee = token.getLicensee();
        Vendor vendor = vendor(token);
        Product product = licensee.getProduct();
        Set<Long> owned = ownedTemplates(licensee);
        List<ShopOffer> offered = offers.offered(product, vendor.getDefaultCurrency()).stream()
                .map(template -> ShopOffer.of(template, owned.contains(template.getId())))
                .toList();
        return new ShopView(
                vendor.shopTitle(),
                vendor.getShopLogoUrl(),
                product.getName(),
                licensee.getNumber(),
                vendor.getDefaultCurrency(),
                product.getVatMode().name(),
                offered,
                token.getPreselected(),
                token.getCancelUrl(),
                token.getCancelTitle(),
                token.getExpiresAt(),
                countries.all(),
                vendor.getCountry());
    }

    /** What the cart costs for a buyer of that country (and VAT number); nothing is stored. */
    public Quote quote(String secret, Map<String, Integer> cart, String country, String vatId) {
        ShopToken token = shops.require(secret, clock.instant());
        return priced(token, lines(token, cart), country, vatId).quote();
    }

    /**
     * Checks the cart out: a pending transaction for exactly what was quoted, and the provider's page to pay on.
     * A newer checkout with the same token cancels an older pending one.
     */
    public URI checkout(String secret, CheckoutRequest request, PaymentProvider.ReturnPages pages) {
        Instant now = clock.instant();
        ShopToken token = shops.requireLocked(secret, now);
        String email = EmailAddress.require("email", request.email());
        if (!request.consent()) {
            throw new InvalidInputException("consent", "accept the terms to buy");
        }
        Priced priced = priced(token, lines(token, request.cart()), request.country(), request.vatId());
        List<TransactionLine> lines = new ArrayList<>();
        for (int i = 0; i < priced.templates().size(); i++) {
            lines.add(new TransactionLine(
                    priced.templates().get(i).getId(), priced.quote().lines().get(i)));
        }
        Licensee licensee = token.getLicensee();
        PaymentTransaction.Buyer buyer = new PaymentTransaction.Buyer(
                licensee.getId(),
                licensee.getNumber(),
                token.getId(),
                priced.country().code(),
                vatId(request.vatId()),
                email,
                new PaymentTransaction.Returns(
                        token.getSuccessUrl(), token.getSuccessTitle(), token.getCancelUrl(), token.getCancelTitle()));
        return opening.open(token.getVendorId(), buyer, priced.quote(), lines, pages)
                .session()
                .payPage();
    }

    private record Priced(List<LicenseTemplate> templates, Quote quote, Country country) {}

    private Priced priced(ShopToken token, Map<LicenseTemplate, Integer> cart, String countryCode, String vatId) {
        Vendor vendor = vendor(token);
        Product product = token.getLicensee().getProduct();
        List<LicenseTemplate> templates = new ArrayList<>(cart.keySet());
        List<CartLine> lines = templates.stream()
                .map(t -> new CartLine(t.getNumber(), t.getName(), t.getPrice(), cart.get(t)))
                .toList();
        List<PriceDiscount> discounts = product.getDiscounts().stream()
                .filter(d -> d.getCurrency().equals(vendor.getDefaultCurrency()))
                .map(d -> new PriceDiscount(d.getTotalPrice(), d.getAmountFix(), d.getAmountPercent()))
                .toList();
        Country country = countries.require("country", countryCode);
        Quote quote = PriceCalculator.quote(
                lines,
                vendor.getDefaultCurrency(),
                PriceMode.valueOf(product.getVatMode().name()),
                discounts,
                vendor.getCountry(),
                country,
                vatId(vatId));
        return new Priced(templates, quote, country);
    }

    /** The cart's templates, each offered by this shop, with how many: in the order the buyer added them. */
    private Map<LicenseTemplate, Integer> lines(ShopToken token, Map<String, Integer> cart) {
        if (cart == null || cart.isEmpty()) {
            throw new InvalidInputException("cart", "is empty");
        }
        Vendor vendor = vendor(token);
        Product product = token.getLicensee().getProduct();
        Map<LicenseTemplate, Integer> lines = new LinkedHashMap<>();
        cart.forEach((number, quantity) -> {
            if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
                throw new InvalidInputException("quantity", "must be between 1 and " + MAX_QUANTITY);
            }
            LicenseTemplate template = em.createQuery(
                            "select t from LicenseTemplate t where t.vendorId = :vendor and t.number = :number",
                            LicenseTemplate.class)
                    .setParameter("vendor", token.getVendorId())
                    .setParameter("number", number)
                    .getResultStream()
                    .findFirst()
                    .filter(t -> offers.isOffered(t, product, vendor.getDefaultCurrency()))
                    .orElseThrow(() -> new InvalidInputException("cart", "'" + number + "' is not sold in this shop"));
            lines.put(template, quantity);
        });
        return lines;
    }

    private Set<Long> ownedTemplates(Licensee licensee) {
        return Set.copyOf(em.createQuery(
                        "select distinct l.licenseTemplate.id from License l where l.licensee = :licensee"
                                + " and l.active = true",
                        Long.class)
                .setParameter("licensee", licensee)
                .getResultList());
    }

    private Vendor vendor(ShopToken token) {
        return em.find(Vendor.class, token.getVendorId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The VAT number as given, if it can be one at all (its column holds 32 characters; no NUL). */
    private static String vatId(String given) {
        String vatId = blankToNull(given);
        if (vatId != null && (vatId.length() > 32 || !Fields.storable(vatId))) {
            throw new InvalidInputException("vatId", "a VAT number has at most 32 characters");
        }
        return vatId;
    }
}
