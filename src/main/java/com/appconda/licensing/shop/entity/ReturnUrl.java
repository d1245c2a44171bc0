package com.appconda.licensing.shop.entity;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A vendor's page the buyer's browser is sent back to: absolute, http or https, with a host. Anything else (a
 * {@code javascript:} link, a relative path) would let a token's creator run script on, or send buyers to a page
 * of, this server.
 */
public final class ReturnUrl {

    public static final int MAX_LENGTH = 2000;

    private ReturnUrl() {}

    /** The URL as given, or null when none was; refused naming the field when it is not one. */
    public static String optional(String field, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (trimmed.length() > MAX_LENGTH
                    || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null) {
                throw refused(field);
            }
            return trimmed;
        } catch (URISyntaxException notAUri) {
            throw refused(field);
        }
    }

    private static InvalidInputException refused(String field) {
        return new InvalidInputException(
                field, "must be an absolute http or https URL of at most " + MAX_LENGTH + " characters");
    }
}
