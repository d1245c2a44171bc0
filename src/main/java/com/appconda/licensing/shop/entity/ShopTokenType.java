package com.appconda.licensing.shop.entity;

/**
 * What a shop token opens. Only the shop so far; the customer portal (NetLicensing's action token for
 * {@code licenseeLogin}) will be a second type of the same table.
 */
public enum ShopTokenType {
    /** The shop: buy licenses for the token's licensee. */
    SHOP
}
