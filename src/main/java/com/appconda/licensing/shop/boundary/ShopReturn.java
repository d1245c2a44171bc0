package com.appconda.licensing.shop.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The shop page the buyer came from, so that the payment pages can lead back to it after a decline: the URL holds
 * the token's secret, which the server stores nowhere else, so it is kept in the buyer's session only.
 */
@Named
@SessionScoped
public class ShopReturn implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;

    public String getUrl() {
        return url;
    }

    void setUrl(String url) {
        this.url = url;
    }
}
