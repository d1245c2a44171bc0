package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.control.LicensingModelCatalog;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.engine.spi.FloatingSession;
import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.LicenseState;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import com.appconda.licensing.licensee.entity.Checkout;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.NodeSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the licensing models need to decide, as the engine's immutable snapshots: every active
 * module of the product with its templates (from {@link CatalogSnapshots} unless the catalog changed), and the
 * licensee's licenses of each module with their consumed quantity, floating checkouts and bound nodes, always
 * from the database. A fixed number of queries, whatever the number of modules and licenses: one for the
 * licenses; floating checkouts and node slots are read only when a module's
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

    /** The state of a licensee that exists; {@code licensee} null reads the catalog only (no licenses yet). */
    public List<ModuleSnapshot> load(Product product, Licensee licensee) {
        CatalogSnapshot catalog = catalogs.of(product.getVendorId(), product.getId(), () -> readCatalog(product));
        if (licensee == null) {
            return catalog.modules();
        }
        Set<LicenseState> reads = models.models()
                .reads(catalog.modules().stream()
                        .map(ModuleSnapshot::licensingModel)
                        .toList());
        List<License> licenses = licenses(licensee);
        if (licenses.isEmpty()) {
            return catalog.modules();
        }
        Map<License, List<Checkout>> checkouts =
                reads.contains(LicenseState.FLOATING_SESSIONS) ? checkouts(licensee) : Map.of();
        Map<License, List<NodeSlot>> nodes = reads.contains(LicenseState.NODE_SECRETS) ? nodeSlots(licensee) : Map.of();
        return catalog.withLicenses(licenses.stream()
                .map(license -> new CatalogSnapshot.HeldLicense(
                        license.getLicenseTemplate().getId(),
                        snapshot(
                                license,
                                checkouts.getOrDefault(license, List.of()),
                                nodes.getOrDefault(license, List.of()))))
                .toList());
    }

    /** The product's active modules, in the order they were created, each with its templates. */
    private CatalogSnapshot readCatalog(Product product) {
        List<ProductModule> modules = em
                .createQuery(
                        "select distinct m from ProductModule m left join fetch"
                                + " m.properties where m.product = :product and m.active = true",
                        ProductModule.class)
                .setParameter("product", product)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(ProductModule::getId))
                .toList();
        Map<ProductModule, List<LicenseTemplate>> templates = templatesByModule(product);
        List<ModuleSnapshot> snapshots = new ArrayList<>();
        Map<Long, Integer> moduleOfTemplate = new HashMap<>();
        for (ProductModule module : modules) {
            List<LicenseTemplate> ofModule = templates.getOrDefault(module, List.of()).stream()
                    .sorted(Comparator.comparing(LicenseTemplate::getId))
                    .toList();
            ofModule.forEach(template -> moduleOfTemplate.put(template.getId(), snapshots.size()));
            snapshots.add(new ModuleSnapshot(
                    module.getNumber(),
                    module.getName(),
                    module.getLicensingModel(),
                    module.getProperties(),
                    ofModule.stream().map(SnapshotLoader::snapshot).toList(),
                    List.of()));
        }
        return new CatalogSnapshot(snapshots, moduleOfTemplate);
    }

    private Map<ProductModule, List<LicenseTemplate>> templatesByModule(Product product) {
        return em
                .createQuery(
                        "select distinct t from LicenseTemplate t left join fetch t.properties"
                                + " where t.productModule.product = :product",
                        LicenseTemplate.class)
                .setParameter("product", product)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(LicenseTemplate::getProductModule));
    }

    /** The licensee's licenses in the order they were issued, each with its template (one query). */
    private List<License> licenses(Licensee licensee) {
        return em
                .createQuery(
                        "select distinct l from License l join fetch l.licenseTemplate left join fetch l.properties"
                                + " where l.licensee = :licensee",
                        License.class)
                .setParameter("licensee", licensee)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(License::getId))
                .toList();
    }

    private Map<License, List<Checkout>> checkouts(Licensee licensee) {
        return em
                .createQuery("select c from Checkout c where c.license.licensee = :licensee", Checkout.class)
                .setParameter("licensee", licensee)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Checkout::getLicense));
    }

    private Map<License, List<NodeSlot>> nodeSlots(Licensee licensee) {
        return em
                .createQuery("select n from NodeSlot n where n.license.licensee = :licensee", NodeSlot.class)
                .setParameter("licensee", licensee)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(NodeSlot::getLicense));
    }

    static TemplateSnapshot snapshot(LicenseTemplate template) {
        return new TemplateSnapshot(
                template.getNumber(),
                template.getName(),
                template.getLicenseType(),
                template.isActive(),
                template.isAutomatic(),
                template.isHidden(),
                template.getPrice(),
                orZero(template.getTimeVolume()),
                template.getTimeVolumePeriod(),
                orZero(template.getQuantity()),
                orZero(template.getMaxSessions()),
                template.getProperties());
    }

    private static LicenseSnapshot snapshot(License license, List<Checkout> checkouts, List<NodeSlot> nodes) {
        var terms = license.terms();
        return new LicenseSnapshot(
                license.getNumber(),
                license.getLicenseTemplate().getNumber(),
                license.getLicenseTemplate().getLicenseType(),
                license.isActive(),
                license.getStartDate(),
                orZero(terms.timeVolume()),
                terms.timeVolumePeriod(),
                orZero(terms.quantity()),
                license.getUsedQuantity(),
                orZero(terms.maxSessions()),
                license.getProperties(),
                checkouts.stream()
                        .map(c -> new FloatingSession(c.getSessionId(), c.getExpiresAt()))
                        .toList(),
                nodes.stream().map(NodeSlot::getSecret).toList());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
