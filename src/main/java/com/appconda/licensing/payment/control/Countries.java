package com.appconda.licensing.payment.control;

import com.appconda.licensing.payment.entity.Country;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The countries a buyer may choose, with their VAT rates, read once from {@code vat-rates.csv}. */
@ApplicationScoped
public class Countries {

    private final VatRates rates = VatRates.fromClasspath();

    public List<Country> all() {
        return rates.all();
    }

    /** The country of a code, or the field's error. */
    public Country require(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return rates.country(code)
                .orElseThrow(() -> new InvalidInputException(field, "is not a country the shop sells to: " + code));
    }
}
