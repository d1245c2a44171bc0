package com.appconda.licensing.platform.entity;

import java.util.Currency;

/** Currencies are ISO 4217 codes that the JDK knows ("EUR", "USD"). */
public final class Currencies {

    private Currencies() {}

    public static String require(String code) {
        if (code == null) {
            throw new InvalidInputException("currency", "is required");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR or USD");
        }
    }
}
