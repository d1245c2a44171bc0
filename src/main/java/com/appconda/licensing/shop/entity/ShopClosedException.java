package com.appconda.licensing.shop.entity;

import com.appconda.licensing.platform.entity.LicensingException;

/**
 * The shop link opens nothing: its token is unknown, revoked or expired. The three read alike, so that a link
 * tells nobody whether it ever existed.
 */
public class ShopClosedException extends LicensingException {

    public ShopClosedException() {
        super("this shop link has expired or is not valid; ask for a new one where you got it");
    }

    @Override
    public String type() {
        return "shop-closed";
    }

    @Override
    public String title() {
        return "The shop link is not valid";
    }

    @Override
    public Outcome outcome() {
        return Outcome.NOT_FOUND;
    }
}
