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
import java.util.List;
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

    @Inject
    VendorRegistry registry;

    @Inject
    transient Validator validator;

    private String name;
    private String email;
    private String defaultCurrency;
    private String timeZone;
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
    }

    public void saveProfile() {
        Feedback.attempt("profileForm", () -> {
            VendorProfileRequest fields = new VendorProfileRequest(name, email, defaultCurrency, timeZone);
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
