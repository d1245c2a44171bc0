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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the licensing models need to decide, as the engine's immutable snapshots: every active
 * module of the product with its templates, and the licensee's licenses of each module with their
 * consumed quantity, floating checkouts and bound nodes. A fixed number of queries, whatever the
 * number of modules and licenses; floating checkouts and node slots are read only when a module's
 * model declares that it reads them ({@link com.appconda.licensing.engine.spi.LicensingModelEvaluator#reads()}).
 */
@ApplicationScoped
public class SnapshotLoader {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicensingModelCatalog models;

    /** The state of a licensee that exists; {@code licensee} null reads the catalog only (no licenses yet). */
    public List<ModuleSnapshot> load(Product product, Licensee licensee) {
        List<ProductModule> modules = em.createQuery(
                        "select distinct m from ProductModule m left join fetch"
                                + " m.properties where m.product = :product and m.active = true",
                        ProductModule.class)
                .setParameter("product", product)
                .getResultList();
        Map<ProductModule, List<LicenseTemplate>> templates = templatesByModule(product);
        Set<LicenseState> reads = licensee == null
                ? Set.of()
                : models.models()
                        .reads(modules.stream()
                                .map(ProductModule::getLicensingModel)
                                .toList());
        Map<LicenseTemplate, List<License>> licenses = licensee == null ? Map.of() : licensesByTemplate(licensee);
        Map<License, List<Checkout>> checkouts =
                reads.contains(LicenseState.FLOATING_SESSIONS) ? checkouts(licensee) : Map.of();
        Map<License, List<NodeSlot>> nodes = reads.contains(LicenseState.NODE_SECRETS) ? nodeSlots(licensee) : Map.of();
        return modules.stream()
                .sorted(Comparator.comparing(ProductModule::getId))
                .map(module -> snapshot(module, templates.getOrDefault(module, List.of()), licenses, checkouts, nodes))
                .toList();
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

    private Map<LicenseTemplate, List<License>> licensesByTemplate(Licensee licensee) {
        return em
                .createQuery(
                        "select distinct l from License l left join fetch l.properties"
                                + " where l.licensee = :licensee",
                        License.class)
                .setParameter("licensee", licensee)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(License::getLicenseTemplate));
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

    private static ModuleSnapshot snapshot(
            ProductModule module,
            List<LicenseTemplate> templates,
            Map<LicenseTemplate, List<License>> licenses,
            Map<License, List<Checkout>> checkouts,
            Map<License, List<NodeSlot>> nodes) {
        List<LicenseSnapshot> held = templates.stream()
                .flatMap(template -> licenses.getOrDefault(template, List.of()).stream())
                .sorted(Comparator.comparing(License::getId))
                .map(license -> snapshot(
                        license, checkouts.getOrDefault(license, List.of()), nodes.getOrDefault(license, List.of())))
                .toList();
        return new ModuleSnapshot(
                module.getNumber(),
                module.getName(),
                module.getLicensingModel(),
                module.getProperties(),
                templates.stream().map(SnapshotLoader::snapshot).toList(),
                held);
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
