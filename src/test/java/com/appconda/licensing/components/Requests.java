package com.appconda.licensing.components;

import com.appconda.licensing.catalog.boundary.LicenseTemplateRequest;
import com.appconda.licensing.licensee.boundary.LicenseRequest;
import java.math.BigDecimal;

/** The request records component tests send most, with only the values a test cares about. */
final class Requests {

    private Requests() {}

    /** A license of the template for the licensee (a number or an alias), with the template's terms. */
    static LicenseRequest license(String licenseeNumber, String templateNumber) {
        return new LicenseRequest(
                null, null, licenseeNumber, templateNumber, null, null, null, null, null, null, null, null, null, null);
    }

    /** A FEATURE template of the module: its price in EUR (null for the default), hidden from the shop or not. */
    static LicenseTemplateRequest featureTemplate(
            String number, String module, BigDecimal price, boolean hidden, boolean hideLicenses) {
        return new LicenseTemplateRequest(
                number,
                number,
                module,
                "FEATURE",
                price,
                price == null ? null : "EUR",
                null,
                hidden,
                hideLicenses,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
