package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the licensee's licenses of the module, with the per-type values copied from its template at issue time
 * (NetLicensing: later template changes do not rewrite issued licenses) and the state the models keep on it.
 *
 * @param licenseNumber  the license's number; {@code null} only for a license an evaluator is about to create
 * @param active         inactive licenses are ignored by every model
 * @param startDate      when a TIMEVOLUME license starts; {@code null} when it has not started yet
 * @param quantity       credits (PayPerUse), quota (Quota, -1 = unlimited) or node slots (NodeLocked)
 * @param usedQuantity   credits written off so far (PayPerUse)
 * @param properties     custom properties, e.g. {@code parentfeature} (Rental) or {@code skus} (PricingTable)
 * @param sessions       seats held or once held on a FLOATING license; expired ones hold nothing
 * @param nodeSecrets    node secrets stored on the license (NodeLocked)
 */
public record LicenseSnapshot(
        String licenseNumber,
        String templateNumber,
        LicenseType licenseType,
        boolean active,
        Instant startDate,
        int timeVolume,
        TimeVolumePeriod timeVolumePeriod,
        long quantity,
        long usedQuantity,
        int maxSessions,
        Map<String, String> properties,
        List<FloatingSession> sessions,
        List<String> nodeSecrets) {

    public LicenseSnapshot {
        Objects.requireNonNull(templateNumber, "templateNumber");
        Objects.requireNonNull(licenseType, "licenseType");
        timeVolumePeriod = timeVolumePeriod == null ? TimeVolumePeriod.DAY : timeVolumePeriod;
        properties = Map.copyOf(properties);
        sessions = List.copyOf(sessions);
        nodeSecrets = List.copyOf(nodeSecrets);
    }

    /** An active license of the given type with no per-type values and no state. */
    public static LicenseSnapshot of(String licenseNumber, String templateNumber, LicenseType licenseType) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                true,
                null,
                0,
                TimeVolumePeriod.DAY,
                0,
                0,
                0,
                Map.of(),
                List.of(),
                List.of());
    }

    /** The license the shell will issue from {@code template} (values copied now), not yet numbered. */
    public static LicenseSnapshot issuedFrom(TemplateSnapshot template, Instant startDate) {
        return new LicenseSnapshot(
                null,
                template.templateNumber(),
                template.licenseType(),
                true,
                startDate,
                template.timeVolume(),
                template.timeVolumePeriod(),
                template.quantity(),
                0,
                template.maxSessions(),
                template.properties(),
                List.of(),
                List.of());
    }

    /** A custom property, or {@code null}. */
    public String property(String key) {
        return properties.get(key);
    }

    public LicenseSnapshot withActive(boolean newActive) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                newActive,
                startDate,
                timeVolume,
                timeVolumePeriod,
                quantity,
                usedQuantity,
                maxSessions,
                properties,
                sessions,
                nodeSecrets);
    }

    public LicenseSnapshot withStartDate(Instant newStartDate) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                newStartDate,
                timeVolume,
                timeVolumePeriod,
                quantity,
                usedQuantity,
                maxSessions,
                properties,
                sessions,
                nodeSecrets);
    }

    public LicenseSnapshot withTimeVolume(int newTimeVolume, TimeVolumePeriod newPeriod) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                startDate,
                newTimeVolume,
                newPeriod,
                quantity,
                usedQuantity,
                maxSessions,
                properties,
                sessions,
                nodeSecrets);
    }

    public LicenseSnapshot withQuantity(long newQuantity, long newUsedQuantity) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                startDate,
                timeVolume,
                timeVolumePeriod,
                newQuantity,
                newUsedQuantity,
                maxSessions,
                properties,
                sessions,
                nodeSecrets);
    }

    public LicenseSnapshot withMaxSessions(int newMaxSessions, List<FloatingSession> newSessions) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                startDate,
                timeVolume,
                timeVolumePeriod,
                quantity,
                usedQuantity,
                newMaxSessions,
                properties,
                newSessions,
                nodeSecrets);
    }

    public LicenseSnapshot withNodeSecrets(List<String> newNodeSecrets) {
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                startDate,
                timeVolume,
                timeVolumePeriod,
                quantity,
                usedQuantity,
                maxSessions,
                properties,
                sessions,
                newNodeSecrets);
    }

    public LicenseSnapshot withProperty(String key, String value) {
        Map<String, String> copy = new HashMap<>(properties);
        copy.put(key, value);
        return new LicenseSnapshot(
                licenseNumber,
                templateNumber,
                licenseType,
                active,
                startDate,
                timeVolume,
                timeVolumePeriod,
                quantity,
                usedQuantity,
                maxSessions,
                copy,
                sessions,
                nodeSecrets);
    }

    /** The node secrets stored on this license plus a vendor-entered {@code nodeSecret} property, if any. */
    public List<String> storedNodeSecrets() {
        List<String> all = new ArrayList<>(nodeSecrets);
        String predefined = properties.get("nodeSecret");
        if (predefined != null && !predefined.isBlank() && !all.contains(predefined)) {
            all.add(predefined);
        }
        return all;
    }
}
