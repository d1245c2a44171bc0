package com.appconda.licensing.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The language of the public pages (the shop, the payment pages): the one the visitor chose with the switch
 * ({@code ?lang=de}), else the first of the browser's languages that the pages speak, else English.
 */
@Named
@SessionScoped
public class PageLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages the public pages are written in, the first the fallback. */
    public static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            for (Iterator<Locale> asked = context.getExternalContext().getRequestLocales(); asked.hasNext(); ) {
                Locale spoken = spoken(asked.next().getLanguage());
                if (spoken != null) {
                    return spoken;
                }
            }
        }
        return SPOKEN.get(0);
    }

    /** The language code for {@code lang} attributes. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The switch's value: a language the pages speak; anything else keeps the current one. */
    public String getLang() {
        return getCode();
    }

    public void setLang(String lang) {
        Locale spoken = spoken(lang);
        if (spoken != null) {
            chosen = spoken;
        }
    }

    /** An amount as people of the language write it, with its currency: "€1,234.50", "1.234,50 €". */
    public String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(getLocale());
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** A country's name in the page's language ("Deutschland" for DE in German). */
    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(getLocale());
    }

    /** An instant as a date and time in UTC, as people of the language write them (the buyer's zone is unknown). */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .format(instant.atZone(ZoneOffset.UTC))
                + " UTC";
    }

    private static Locale spoken(String language) {
        if (language == null) {
            return null;
        }
        for (Locale locale : SPOKEN) {
            if (locale.getLanguage().equalsIgnoreCase(language.trim())) {
                return locale;
            }
        }
        return null;
    }
}
