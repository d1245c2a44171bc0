package com.appconda.licensing.shop.entity;

/** What a shop token opens. */
public enum ShopTokenType {
    /** The shop: buy licenses for the token's licensee. */
    SHOP,
    /**
     * The customer portal (NetLicensing's action token for {@code licenseeLogin}): the licensee's licenses, their
     * state and end, and the shop to buy more or renew a time volume.
     */
    ACTION
}
