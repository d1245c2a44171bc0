package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** console/settings/profile.xhtml: the vendor profile, default currency, display time zone, and the password. */
@Named
@ViewScoped
public class SettingsProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .toList();

    @Inject
    VendorRegistry registry;

    @Inject
    transient Validator validator;

    private String name;
    private String email;
    private String defaultCurrency;
    private String timeZone;
    private String country;
    private String shopName;
    private String shopLogoUrl;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @PostConstruct
    void load() {
        VendorResponse vendor = registry.current();
        name = vendor.name();
        email = vendor.email();
        defaultCurrency = vendor.defaultCurrency();
        timeZone = vendor.timeZone();
        country = vendor.country();
        shopName = vendor.shopName();
        shopLogoUrl = vendor.shopLogoUrl();
    }

    public void saveProfile() {
        Feedback.attempt("profileForm", () -> {
            VendorProfileRequest fields = new VendorProfileRequest(
                    name,
                    email,
                    defaultCurrency,
                    timeZone,
                    emptyIfUnset(country),
                    emptyIfUnset(shopName),
                    emptyIfUnset(shopLogoUrl));
            Feedback.requireValid(validator, fields);
            registry.updateProfile(fields);
            return "Settings saved.";
        });
    }

    public void changePassword() {
        Feedback.attempt("passwordForm", () -> {
            if (!Objects.equals(newPassword, repeatedPassword)) {
                throw new InvalidInputException("repeatedPassword", "is not the same as the new password");
            }
            String user = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getUserPrincipal()
                    .getName();
            registry.changePassword(user, currentPassword, newPassword);
            return "Password changed.";
        });
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    /** An emptied field clears its setting: the facade reads null as "unchanged" and "" as "clear". */
    private static String emptyIfUnset(String value) {
        return value == null ? "" : value;
    }

    public List<String> getCountries() {
        return COUNTRIES;
    }

    /** The country's name in English, as the console speaks it. */
    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getShopName() {
        return shopName;
    }

    public void setShopName(String shopName) {
        this.shopName = shopName;
    }

    public String getShopLogoUrl() {
        return shopLogoUrl;
    }

    public void setShopLogoUrl(String shopLogoUrl) {
        this.shopLogoUrl = shopLogoUrl;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
