package com.appconda.licensing.payment.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A country a buyer may be in.
 *
 * @param code its ISO 3166-1 alpha-2 code, upper case ("DE", "GR")
 * @param name its English short name
 * @param vatPercent its standard VAT rate in percent (0 outside the EU)
 * @param eu whether it is a member state of the European Union
 */
public record Country(String code, String name, BigDecimal vatPercent, boolean eu) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vatPercent, "vatPercent");
    }
}
