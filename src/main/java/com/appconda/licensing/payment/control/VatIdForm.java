package com.appconda.licensing.payment.control;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether an EU VAT identification number has the form its member state gives it, as the Commission's VIES
 * documents it: the country prefix (the ISO code, but {@code EL} for Greece) and then the country's pattern. Spaces,
 * dots and dashes are ignored and case does not matter. This checks the form only: no check digits and no VIES
 * request, so a number of valid form may still not exist.
 */
public final class VatIdForm {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    /** The pattern after the prefix, by ISO 3166-1 alpha-2 code of the member state. */
    private static final Map<String, Pattern> FORMS = Map.ofEntries(
            form("AT", "U\\d{8}"),
            form("BE", "[01]\\d{9}"),
            form("BG", "\\d{9,10}"),
            form("CY", "\\d{8}[A-Z]"),
            form("CZ", "\\d{8,10}"),
            form("DE", "\\d{9}"),
            form("DK", "\\d{8}"),
            form("EE", "\\d{9}"),
            form("GR", "\\d{9}"),
            form("ES", "(?!\\d{9})[0-9A-Z]\\d{7}[0-9A-Z]"),
            form("FI", "\\d{8}"),
            form("FR", "[0-9A-HJ-NP-Z]{2}\\d{9}"),
            form("HR", "\\d{11}"),
            form("HU", "\\d{8}"),
            form("IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]"),
            form("IT", "\\d{11}"),
            form("LT", "\\d{9}|\\d{12}"),
            form("LU", "\\d{8}"),
            form("LV", "\\d{11}"),
            form("MT", "\\d{8}"),
            form("NL", "\\d{9}B\\d{2}"),
            form("PL", "\\d{10}"),
            form("PT", "\\d{9}"),
            form("RO", "\\d{2,10}"),
            form("SE", "\\d{10}01"),
            form("SI", "\\d{8}"),
            form("SK", "\\d{10}"));

    private VatIdForm() {}

    /**
     * Whether {@code vatId} has the form of a VAT number of the member state {@code countryCode} (ISO code; for
     * Greece {@code GR} or {@code EL}), prefix included. False for a country outside the EU and for a missing value.
     */
    public static boolean valid(String countryCode, String vatId) {
        if (countryCode == null || vatId == null) {
            return false;
        }
        String country = countryCode.trim().toUpperCase(Locale.ROOT);
        if (country.equals("EL")) {
            country = "GR";
        }
        Pattern form = FORMS.get(country);
        String id = normalized(vatId);
        String prefix = prefix(country);
        return form != null
                && id.startsWith(prefix)
                && form.matcher(id.substring(prefix.length())).matches();
    }

    /** Upper case, without spaces, dots and dashes: {@code "de 123.456-789"} gives {@code DE123456789}. */
    public static String normalized(String vatId) {
        Objects.requireNonNull(vatId, "vatId");
        return SEPARATORS.matcher(vatId).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The prefix VAT numbers of a member state start with: its ISO code, but {@code EL} for Greece. */
    static String prefix(String countryCode) {
        return countryCode.equals("GR") ? "EL" : countryCode;
    }

    private static Map.Entry<String, Pattern> form(String country, String pattern) {
        return Map.entry(country, Pattern.compile(pattern));
    }
}
