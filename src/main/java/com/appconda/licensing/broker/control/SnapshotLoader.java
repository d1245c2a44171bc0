package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.engine.spi.FloatingSession;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.licensee.entity.Licensee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the licensing models need to decide, as the engine's immutable snapshots: every active
 * module of the product with its templates (from {@link CatalogSnapshots} unless the catalog changed), and the
 * licensee's licenses of each module with their consumed quantity, floating checkouts and bound nodes, always
 * from the database, as values (no entities). A fixed number of queries, whatever the number of modules and
 * licenses: one for the licenses; floating checkouts and node slots are read only when a module's
 * model declares that it reads them ({@link com.appconda.licensing.engine.spi.LicensingModelEvaluator#reads()}).
 */
@ApplicationScoped
public class SnapshotLoader {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicensingModelCatalog models;

    @Inject
    CatalogSnapshots catalogs;

    @Inject
    CatalogReader catalogReader;

    /** The state of a licensee that exists; {@code licensee} null reads the catalog only (no licenses yet). */
    public List<ModuleSnapshot> load(Product product, Licensee licensee) {
        return load(product.getVendorId(), product.getId(), licensee == null ? null : licensee.getId());
    }

    /**
     * The same by ids, for a caller that holds no entities: the state of licensee {@code licenseeId} of the
     * product, or the catalog alone when {@code licenseeId} is null.
     */
    public List<ModuleSnapshot> load(long vendorId, long productId, Long licenseeId) {
        CatalogSnapshot catalog = catalogs.of(vendorId, productId, () -> catalogReader.read(productId));
        if (licenseeId == null) {
            return catalog.modules();
        }
        List<LicenseRow> licenses = licenses(licenseeId);
        if (licenses.isEmpty()) {
            return catalog.modules();
        }
        Set<LicenseState> reads = models.models()
                .reads(catalog.modules().stream()
                        .map(ModuleSnapshot::licensingModel)
                        .toList());
        Map<Long, List<FloatingSession>> sessions =
                reads.contains(LicenseState.FLOATING_SESSIONS) ? sessions(licenseeId) : Map.of();
        Map<Long, List<String>> nodes = reads.contains(LicenseState.NODE_SECRETS) ? nodeSecrets(licenseeId) : Map.of();
        List<CatalogSnapshot.HeldLicense> held = new ArrayList<>(licenses.size());
        for (LicenseRow license : licenses) {
            catalog.template(license.templateId())
                    .ifPresent(template -> held.add(new CatalogSnapshot.HeldLicense(
                            license.templateId(),
                            license.snapshot(
                                    template,
                                    sessions.getOrDefault(license.id(), List.of()),
                                    nodes.getOrDefault(license.id(), List.of())))));
        }
        return catalog.withLicenses(held);
    }

    /**
     * The licensee's licenses in the order they were issued, read as values rather than entities: nothing to
     * track for changes, nothing to build but the snapshot. One row per license property (or one without).
     */
    private List<LicenseRow> licenses(long licenseeId) {
        Map<Long, LicenseRow> byId = new LinkedHashMap<>();
        em.createQuery(
                        "select l.id, l.number, l.licenseTemplate.id, l.active, l.startDate, l.timeVolume,"
                                + " l.timeVolumePeriod, l.quantity, l.usedQuantity, l.maxSessions, key(p), value(p)"
                                + " from License l left join l.properties p where l.licensee.id = :licensee"
                                + " order by l.id",
                        Object[].class)
                .setParameter("licensee", licenseeId)
                .getResultList()
                .forEach(row -> byId.computeIfAbsent((Long) row[0], id -> LicenseRow.of(row))
                        .addProperty((String) row[10], (String) row[11]));
        return List.copyOf(byId.values());
    }

    private Map<Long, List<FloatingSession>> sessions(long licenseeId) {
        Map<Long, List<FloatingSession>> byLicense = new HashMap<>();
        em.createQuery(
                        "select c.license.id, c.sessionId, c.expiresAt from Checkout c where c.license.licensee.id = :licensee",
                        Object[].class)
                .setParameter("licensee", licenseeId)
                .getResultList()
                .forEach(row -> byLicense
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new FloatingSession((String) row[1], (Instant) row[2])));
        return byLicense;
    }

    private Map<Long, List<String>> nodeSecrets(long licenseeId) {
        Map<Long, List<String>> byLicense = new HashMap<>();
        em.createQuery(
                        "select n.license.id, n.secret from NodeSlot n where n.license.licensee.id = :licensee",
                        Object[].class)
                .setParameter("licensee", licenseeId)
                .getResultList()
                .forEach(row -> byLicense
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return byLicense;
    }
}
