package com.appconda.licensing.platform.entity;

import java.math.BigDecimal;

/** How amounts leave the API: as the caller wrote them, not padded to the column's 4 decimals. */
public final class Amounts {

    private Amounts() {}

    /** 12.5000 becomes 12.5 and 10.0000 becomes 10 (not 1E+1, which some JSON clients read as a double). */
    public static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
