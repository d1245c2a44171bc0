package com.appconda.licensing.shop.boundary;

import java.util.Map;

/** A cart (template number → how many) and what checkout asks of the buyer. */
public record CheckoutRequest(Map<String, Integer> cart, String country, String vatId, String email, boolean consent) {}
