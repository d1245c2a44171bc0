package com.appconda.licensing.catalog.entity;

import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;

/**
 * The values a license takes over from its template at issue time: price, and the per-type values
 * its licensing model reads. A record, so a license's copy can never be changed through the template.
 */
public record LicenseTerms(
        BigDecimal price,
        String currency,
        Integer timeVolume,
        TimeVolumePeriod timeVolumePeriod,
        Integer maxSessions,
        Long quantity) {

    /** More seats than any pool holds: a larger number is a typo, and seat counts are summed. */
    public static final int MAX_SESSIONS = 1_000_000;

    /**
     * Refuses values no license of the type can hold, on templates and on licenses alike (a license may override
     * its template's values): a TIMEVOLUME needs a time volume of 1 up to a century in its period, a FLOATING
     * 1 to {@value #MAX_SESSIONS} seats, a QUANTITY 0 to {@link ModelParameter#MAX_COUNT} units or -1 for
     * unlimited; a value given for another type must be in the same range, so no stored value is ever one the
     * models cannot count with.
     */
    public void requireValidFor(LicenseType type) {
        if (type == LicenseType.TIMEVOLUME && (timeVolume == null || timeVolumePeriod == null)) {
            throw new InvalidInputException("timeVolume", "a TIMEVOLUME license needs timeVolume and timeVolumePeriod");
        }
        if (type == LicenseType.FLOATING && maxSessions == null) {
            throw new InvalidInputException("maxSessions", "a FLOATING license needs maxSessions");
        }
        if (type == LicenseType.QUANTITY && quantity == null) {
            throw new InvalidInputException("quantity", "a QUANTITY license needs quantity, or -1 for unlimited");
        }
        if (timeVolume != null) {
            TimeVolumePeriod period = timeVolumePeriod == null ? TimeVolumePeriod.DAY : timeVolumePeriod;
            if (timeVolume < 1 || timeVolume > period.maxVolume()) {
                throw new InvalidInputException(
                        "timeVolume", "must be 1 to " + period.maxVolume() + " (" + period + "s in a century)");
            }
        }
        if (maxSessions != null && (maxSessions < 1 || maxSessions > MAX_SESSIONS)) {
            throw new InvalidInputException("maxSessions", "must be 1 to " + MAX_SESSIONS);
        }
        if (quantity != null && (quantity < -1 || quantity > ModelParameter.MAX_COUNT)) {
            throw new InvalidInputException(
                    "quantity", "must be 0 to " + ModelParameter.MAX_COUNT + ", or -1 for unlimited");
        }
    }
}
