package com.appconda.licensing.shop.boundary;

import com.appconda.licensing.shop.entity.ShopClosedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * {@code shop/portal.xhtml}: the customer portal of an ACTION token. It posts nothing: buying more and renewing are
 * links to the shop with the same token (a renewal with its template in the cart).
 */
@Named
@RequestScoped
public class PortalBacking {

    @Inject
    CustomerPortal portal;

    @Inject
    Clock clock;

    private String token;
    private PortalView view;
    private boolean closed;

    public void open() {
        try {
            view = portal.open(token);
        } catch (ShopClosedException expiredOrUnknown) {
            closed = true;
        }
    }

    /** Whether a time volume has run out. */
    public boolean ended(PortalLicense license) {
        return license.expiresAt() != null && !clock.instant().isBefore(license.expiresAt());
    }

    /** The shop with this token; {@code templateNumber} (or null) already in the cart. */
    public String shopLink(String templateNumber) {
        return "index.xhtml?token=" + token + (templateNumber == null ? "" : "&add=" + templateNumber);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PortalView getView() {
        return view;
    }

    public boolean isClosed() {
        return closed;
    }
}
