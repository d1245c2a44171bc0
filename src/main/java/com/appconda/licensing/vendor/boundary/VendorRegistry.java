package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Currencies;
import com.appconda.licensing.platform.entity.DuplicateNumberException;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.vendor.control.PasswordHasher;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.Vendor;
import com.appconda.licensing.vendor.entity.VendorUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * Vendor accounts: sign-up (a new tenant with its first user), the account profile, passwords.
 * Usernames are unique across the server and kept in lower case.
 */
@Stateless
public class VendorRegistry {

    @Inject
    VendorStore store;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** Creates the vendor and its first user; open to anyone, as the console's sign-up page is. */
    public VendorResponse signUp(SignUpRequest request) {
        String username = request.username().toLowerCase(Locale.ROOT);
        if (store.findUser(username).isPresent()) {
            throw new DuplicateNumberException("user", username, "username");
        }
        requireAcceptable("password", request.password());
        String vendorName = Fields.required("vendorName", request.vendorName()).strip();
        Vendor vendor = store.createVendor(vendorName, request.email(), clock.instant());
        store.persist(new VendorUser(vendor.getId(), username, PasswordHasher.hash(request.password())));
        store.flush();
        return VendorResponse.from(vendor);
    }

    @RequiresRole(Role.READ_ONLY)
    public VendorResponse current() {
        return store.findVendor(currentCaller.get().vendorId())
                .map(VendorResponse::from)
                .orElseThrow(() ->
                        new UnknownEntityException("vendor", currentCaller.get().vendorNumber()));
    }

    /**
     * Changes the profile: name, contact e-mail, the currency new templates are priced in, the display time zone,
     * and what the shop needs (the country sold from, the shop's name and logo).
     */
    @RequiresRole(Role.ADMIN)
    public VendorResponse updateProfile(VendorProfileRequest fields) {
        Vendor vendor = store.findVendor(currentCaller.get().vendorId())
                .orElseThrow(() ->
                        new UnknownEntityException("vendor", currentCaller.get().vendorNumber()));
        if (fields.name() != null) {
            vendor.setName(Fields.required("name", fields.name()).strip());
        }
        if (fields.email() != null) {
            vendor.setEmail(fields.email().strip());
        }
        if (fields.defaultCurrency() != null) {
            vendor.setDefaultCurrency(Currencies.require(fields.defaultCurrency()));
        }
        if (fields.timeZone() != null) {
            vendor.setTimeZone(zone(fields.timeZone()));
        }
        if (fields.country() != null) {
            vendor.setCountry(country(fields.country()));
        }
        if (fields.shopName() != null) {
            vendor.setShopName(
                    fields.shopName().isBlank() ? null : fields.shopName().strip());
        }
        if (fields.shopLogoUrl() != null) {
            vendor.setShopLogoUrl(logo(fields.shopLogoUrl()));
        }
        audit.record(currentCaller.get(), "UPDATE", "vendor", vendor.getNumber(), AuditLog.changes(fields));
        return VendorResponse.from(vendor);
    }

    /** An ISO 3166 alpha-2 code in upper case; empty clears it. */
    private static String country(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            return null;
        }
        if (!Set.of(Locale.getISOCountries()).contains(upper)) {
            throw new InvalidInputException("country", "must be a two-letter country code such as DE or FR");
        }
        return upper;
    }

    /** An https URL (the shop's pages load images from https only); empty clears it. */
    private static String logo(String url) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return trimmed;
            }
        } catch (URISyntaxException notAUri) {
            // refused below, as any other URL that is not https
        }
        throw new InvalidInputException("shopLogoUrl", "must be an https URL of an image");
    }

    private static String zone(String name) {
        try {
            return ZoneId.of(name.strip()).getId();
        } catch (DateTimeException notAZone) {
            throw new InvalidInputException("timeZone", "must be a time zone id such as Europe/Berlin or UTC");
        }
    }

    /** Changes the signed-in user's password after checking the current one. */
    @RequiresRole(Role.ADMIN)
    public void changePassword(String username, String currentPassword, String newPassword) {
        VendorUser user = store.findUser(username.toLowerCase(Locale.ROOT))
                .filter(u -> u.getVendorId() == currentCaller.get().vendorId())
                .orElseThrow(() -> new UnknownEntityException("user", username));
        if (!PasswordHasher.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        if (newPassword == null || newPassword.length() < 10) {
            throw new InvalidInputException("newPassword", "must be at least 10 characters");
        }
        requireAcceptable("newPassword", newPassword);
        user.changePasswordHash(PasswordHasher.hash(newPassword));
    }

    /** The one rule for a password's characters, the hasher's: sign-up and the password change refuse alike. */
    private static void requireAcceptable(String field, String password) {
        if (password != null && !PasswordHasher.isAcceptable(password)) {
            throw new InvalidInputException(field, "must not contain control characters");
        }
    }
}
