package com.appconda.licensing.licensee.entity;

import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * Another identity that validates as its licensee (the buyer's e-mail address, an old customer id). Aliases are
 * unique per vendor regardless of case, as people type e-mail addresses: the key is the alias in lower case.
 */
@Embeddable
public class LicenseeAlias {

    public static final int MAX_LENGTH = 254;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = MAX_LENGTH)
    private String aliasKey;

    protected LicenseeAlias() {}

    public LicenseeAlias(long vendorId, String alias) {
        this.vendorId = vendorId;
        this.alias = requireForm(alias);
        this.aliasKey = keyOf(this.alias);
    }

    /** The alias as sent, trimmed; refused when blank, too long, or with characters no database stores. */
    public static String requireForm(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new InvalidInputException("aliases", "an alias must not be blank");
        }
        String trimmed = alias.strip();
        if (trimmed.length() > MAX_LENGTH || !Fields.storable(trimmed)) {
            throw new InvalidInputException(
                    "aliases", "an alias has at most " + MAX_LENGTH + " characters and no NUL character");
        }
        return trimmed;
    }

    /** What aliases are compared by. */
    public static String keyOf(String alias) {
        return alias.strip().toLowerCase(Locale.ROOT);
    }

    public String getAlias() {
        return alias;
    }

    public String getAliasKey() {
        return aliasKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LicenseeAlias that && vendorId == that.vendorId && aliasKey.equals(that.aliasKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vendorId, aliasKey);
    }
}
