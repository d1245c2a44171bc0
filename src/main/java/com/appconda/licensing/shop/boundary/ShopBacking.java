package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.payment.control.PaymentProvider;
import com.appconda.licensing.payment.entity.Country;
import com.appconda.licensing.payment.entity.Quote;
import com.appconda.licensing.platform.boundary.PageFeedback;
import com.appconda.licensing.platform.boundary.PageLanguage;
import com.appconda.licensing.platform.entity.LicensingException;
import com.appconda.licensing.shop.entity.ShopClosedException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shop/index.xhtml}: the offers of a shop token's product, the cart with its price in the buyer's country,
 * and checkout, which sends the browser to the provider's payment page. The cart lives in the view: the link
 * carries the token and at most a template to add (the portal's renewal).
 */
@Named
@ViewScoped
public class ShopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Shop shop;

    @Inject
    ShopReturn shopReturn;

    @Inject
    PageLanguage language;

    private String token;
    private String add;
    private ShopView view;
    private boolean closed;
    private final Map<String, Integer> cart = new LinkedHashMap<>();
    private String country;
    private String vatId;
    private String email;
    private boolean consent;
    private Quote quote;

    /** Opens the shop of the link's token, with its preselected templates in the cart. */
    public void open() {
        if (view != null) {
            return;
        }
        try {
            view = shop.open(token);
            country = view.vendorCountry();
            view.preselected().forEach(number -> cart.put(number, 1));
            if (add != null
                    && view.offers().stream()
                            .anyMatch(offer -> offer.templateNumber().equals(add))) {
                cart.put(add, 1);
            }
            requote();
        } catch (ShopClosedException expiredOrUnknown) {
            closed = true;
        }
    }

    public void add(String templateNumber) {
        cart.merge(templateNumber, 1, Integer::sum);
        requote();
    }

    public void remove(String templateNumber) {
        cart.remove(templateNumber);
        requote();
    }

    /** Prices the cart again (a quantity, the country or the VAT number changed); refusals show on their fields. */
    public void requote() {
        if (cart.isEmpty() || country == null) {
            quote = null;
            return;
        }
        try {
            quote = shop.quote(token, cart, country, vatId);
        } catch (ShopClosedException expired) {
            closed = true;
        } catch (LicensingException refusal) {
            quote = null;
            PageFeedback.refused(refusal, "checkoutForm");
        }
    }

    /** Opens the payment and sends the browser to the provider's page. */
    public void checkout() {
        try {
            URI payPage = shop.checkout(
                    token,
                    new CheckoutRequest(new LinkedHashMap<>(cart), country, vatId, email, consent),
                    new PaymentProvider.ReturnPages(shopBase()));
            shopReturn.setUrl(shopBase().resolve("index.xhtml?token=" + token).toString());
            FacesContext.getCurrentInstance().getExternalContext().redirect(payPage.toString());
        } catch (ShopClosedException expired) {
            closed = true;
        } catch (LicensingException refusal) {
            PageFeedback.refused(refusal, "checkoutForm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This server's shop folder as the buyer's browser reached it. */
    private static URI shopBase() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String root = request.getRequestURL().toString();
        String path = request.getRequestURI();
        return URI.create(root.substring(0, root.length() - path.length()) + request.getContextPath() + "/shop/");
    }

    /** The cart's lines in the order they were added, with their offers. */
    public List<ShopOffer> getCartOffers() {
        return cart.keySet().stream()
                .map(number -> view.offers().stream()
                        .filter(o -> o.templateNumber().equals(number))
                        .findFirst()
                        .orElse(null))
                .filter(offer -> offer != null)
                .toList();
    }

    /** The countries in the page's language and its alphabetical order. */
    public List<Country> getCountries() {
        Collator order = Collator.getInstance(language.getLocale());
        return view.countries().stream()
                .sorted(Comparator.comparing(c -> language.country(c.code()), order))
                .toList();
    }

    public boolean inCart(String templateNumber) {
        return cart.containsKey(templateNumber);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** A template the link puts in the cart (the portal's "Renew"); one the shop does not sell is ignored. */
    public String getAdd() {
        return add;
    }

    public void setAdd(String add) {
        this.add = add;
    }

    public ShopView getView() {
        return view;
    }

    public boolean isClosed() {
        return closed;
    }

    public Map<String, Integer> getCart() {
        return cart;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
