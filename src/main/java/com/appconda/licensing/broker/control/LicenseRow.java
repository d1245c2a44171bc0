package com.appconda.licensing.broker.control;

import com.appconda.licensing.engine.spi.FloatingSession;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.engine.spi.TimeVolumePeriod;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One license of a licensee as the Broker's license query returns it (values, not an entity), with its custom
 * properties gathered from the query's one row per property. The terms are the license's own (copied from its
 * template when it was issued); only the template's number and type come from the catalog.
 */
final class LicenseRow {

    private final long id;
    private final String number;
    private final long templateId;
    private final boolean active;
    private final Instant startDate;
    private final Integer timeVolume;
    private final TimeVolumePeriod timeVolumePeriod;
    private final Long quantity;
    private final long usedQuantity;
    private final Integer maxSessions;
    private final Map<String, String> properties = new HashMap<>();

    private LicenseRow(Object[] row) {
        id = (Long) row[0];
        number = (String) row[1];
        templateId = (Long) row[2];
        active = (Boolean) row[3];
        startDate = (Instant) row[4];
        timeVolume = (Integer) row[5];
        timeVolumePeriod = (TimeVolumePeriod) row[6];
        quantity = (Long) row[7];
        usedQuantity = ((Number) row[8]).longValue();
        maxSessions = (Integer) row[9];
    }

    /**
     * From a row of {@code id, number, template id, active, startDate, timeVolume, timeVolumePeriod, quantity,
     * usedQuantity, maxSessions, property name, property value}.
     */
    static LicenseRow of(Object[] row) {
        return new LicenseRow(row);
    }

    /** Adds a custom property; a row of a license without properties carries none (both null). */
    void addProperty(String name, String value) {
        if (name != null) {
            properties.put(name, value);
        }
    }

    long id() {
        return id;
    }

    long templateId() {
        return templateId;
    }

    LicenseSnapshot snapshot(TemplateSnapshot template, List<FloatingSession> sessions, List<String> nodeSecrets) {
        return new LicenseSnapshot(
                number,
                template.templateNumber(),
                template.licenseType(),
                active,
                startDate,
                timeVolume == null ? 0 : timeVolume,
                timeVolumePeriod,
                quantity == null ? 0 : quantity,
                usedQuantity,
                maxSessions == null ? 0 : maxSessions,
                properties,
                sessions,
                nodeSecrets);
    }
}
