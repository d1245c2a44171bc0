/**
 * The shop: shop tokens the vendor's software asks for a licensee ({@code POST /api/v1/shop-tokens}, the secret
 * in the shop URL stored only as its hash), and the public pages under {@code /shop} where the token's holder sees
 * the product's purchasable templates, fills a cart priced with the product's discount and the buyer's VAT, and
 * checks out, which opens a pending payment with the vendor's provider.
 *
 * <p>Tables: {@code shop_token}.
 *
 * <p>May depend on: {@code payment} (quotes, opening a payment), {@code licensee}, {@code catalog}, {@code engine},
 * {@code vendor}, {@code audit}, {@code platform}.
 */
package com.appconda.licensing.shop;
