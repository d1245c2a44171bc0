package com.appconda.licensing.licensee.control;

import com.appconda.licensing.broker.control.BuiltInModels;
import com.appconda.licensing.broker.control.FloatingEvaluator;
import com.appconda.licensing.broker.control.LicensingModelEvaluator;
import com.appconda.licensing.broker.control.NodeLockedEvaluator;
import com.appconda.licensing.broker.entity.FloatingSession;
import com.appconda.licensing.broker.entity.LicenseSnapshot;
import com.appconda.licensing.broker.entity.LicenseType;
import com.appconda.licensing.broker.entity.ModuleSnapshot;
import com.appconda.licensing.broker.entity.TemplateSnapshot;
import com.appconda.licensing.broker.entity.TimeVolumePeriod;
import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.licensee.entity.Checkout;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.licensee.entity.NodeSlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the licensing models need to decide, as the engine's immutable snapshots: every active
 * module of the product with its templates, and the licensee's licenses of each module with their
 * consumed quantity, floating checkouts and bound nodes. A fixed number of queries, whatever the
 * number of modules and licenses.
 */
@ApplicationScoped
public class LicensingState {

    private static final Set<String> BUILT_IN = BuiltInModels.all().stream()
            .map(LicensingModelEvaluator::licensingModel).collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    EntityManager em;

    /** The state of a licensee that exists; {@code licensee} null reads the catalog only (no licenses yet). */
    public List<ModuleSnapshot> load(Product product, Licensee licensee) {
        List<ProductModule> modules = em.createQuery("select distinct m from ProductModule m left join fetch"
                        + " m.properties where m.product = :product and m.active = true", ProductModule.class)
                .setParameter("product", product).getResultList();
        Map<ProductModule, List<LicenseTemplate>> templates = templatesByModule(product);
        Map<LicenseTemplate, List<License>> licenses = licensee == null ? Map.of() : licensesByTemplate(licensee);
        Map<License, List<Checkout>> checkouts = licensee == null || !mayUse(modules, FloatingEvaluator.NAME)
                ? Map.of() : checkouts(licensee);
        Map<License, List<NodeSlot>> nodes = licensee == null || !mayUse(modules, NodeLockedEvaluator.NAME)
                ? Map.of() : nodeSlots(licensee);
        return modules.stream()
                .sorted(java.util.Comparator.comparing(ProductModule::getId))
                .map(module -> snapshot(module, templates.getOrDefault(module, List.of()), licenses, checkouts, nodes))
                .toList();
    }

    private Map<ProductModule, List<LicenseTemplate>> templatesByModule(Product product) {
        return em.createQuery("select distinct t from LicenseTemplate t left join fetch t.properties"
                        + " where t.productModule.product = :product", LicenseTemplate.class)
                .setParameter("product", product).getResultList().stream()
                .collect(Collectors.groupingBy(LicenseTemplate::getProductModule));
    }

    private Map<LicenseTemplate, List<License>> licensesByTemplate(Licensee licensee) {
        return em.createQuery("select distinct l from License l left join fetch l.properties"
                        + " where l.licensee = :licensee", License.class)
                .setParameter("licensee", licensee).getResultList().stream()
                .collect(Collectors.groupingBy(License::getLicenseTemplate));
    }

    /**
     * Whether a module may read state that only one built-in model writes (floating sessions, node slots):
     * a module of that model, or of a custom model, which may use any state. Most products have neither,
     * and skipping the query saves two of a validation's round trips.
     */
    private static boolean mayUse(List<ProductModule> modules, String builtInModel) {
        return modules.stream().map(ProductModule::getLicensingModel)
                .anyMatch(model -> model.equals(builtInModel) || !BUILT_IN.contains(model));
    }

    private Map<License, List<Checkout>> checkouts(Licensee licensee) {
        return em.createQuery("select c from Checkout c where c.license.licensee = :licensee", Checkout.class)
                .setParameter("licensee", licensee).getResultList().stream()
                .collect(Collectors.groupingBy(Checkout::getLicense));
    }

    private Map<License, List<NodeSlot>> nodeSlots(Licensee licensee) {
        return em.createQuery("select n from NodeSlot n where n.license.licensee = :licensee", NodeSlot.class)
                .setParameter("licensee", licensee).getResultList().stream()
                .collect(Collectors.groupingBy(NodeSlot::getLicense));
    }

    private static ModuleSnapshot snapshot(ProductModule module, List<LicenseTemplate> templates,
            Map<LicenseTemplate, List<License>> licenses, Map<License, List<Checkout>> checkouts,
            Map<License, List<NodeSlot>> nodes) {
        List<LicenseSnapshot> held = templates.stream()
                .flatMap(template -> licenses.getOrDefault(template, List.of()).stream())
                .sorted(java.util.Comparator.comparing(License::getId))
                .map(license -> snapshot(license, checkouts.getOrDefault(license, List.of()),
                        nodes.getOrDefault(license, List.of())))
                .toList();
        return new ModuleSnapshot(module.getNumber(), module.getName(), module.getLicensingModel(),
                module.getProperties(), templates.stream().map(LicensingState::snapshot).toList(), held);
    }

    static TemplateSnapshot snapshot(LicenseTemplate template) {
        return new TemplateSnapshot(template.getNumber(), template.getName(),
                LicenseType.valueOf(template.getLicenseType().name()), template.isActive(), template.isAutomatic(),
                template.isHidden(), template.getPrice(), orZero(template.getTimeVolume()),
                period(template.getTimeVolumePeriod()), orZero(template.getQuantity()),
                orZero(template.getMaxSessions()), template.getProperties());
    }

    private static LicenseSnapshot snapshot(License license, List<Checkout> checkouts, List<NodeSlot> nodes) {
        var terms = license.terms();
        return new LicenseSnapshot(license.getNumber(), license.getLicenseTemplate().getNumber(),
                LicenseType.valueOf(license.getLicenseTemplate().getLicenseType().name()), license.isActive(),
                license.getStartDate(), orZero(terms.timeVolume()), period(terms.timeVolumePeriod()),
                orZero(terms.quantity()), license.getUsedQuantity(), orZero(terms.maxSessions()),
                license.getProperties(),
                checkouts.stream().map(c -> new FloatingSession(c.getSessionId(), c.getExpiresAt())).toList(),
                nodes.stream().map(NodeSlot::getSecret).toList());
    }

    private static TimeVolumePeriod period(com.appconda.licensing.catalog.entity.TimeVolumePeriod period) {
        return period == null ? null : TimeVolumePeriod.valueOf(period.name());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
