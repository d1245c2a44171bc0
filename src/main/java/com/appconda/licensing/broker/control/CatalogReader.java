package com.appconda.licensing.broker.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a product's catalog as the engine's snapshots, when {@link CatalogSnapshots} holds none. The modules and
 * templates are read as entities, so the read runs in one persistence context: in the caller's transaction, or
 * in one of its own for the Broker's read-only path, which has none (without it, Hibernate detaches every result
 * at once and a template's module could not be told apart).
 */
@ApplicationScoped
@Transactional
public class CatalogReader {

    @PersistenceContext
    EntityManager em;

    /** The product's active modules, in the order they were created, each with its templates. */
    public CatalogSnapshot read(long productId) {
        List<ProductModule> modules = em
                .createQuery(
                        "select distinct m from ProductModule m left join fetch"
                                + " m.properties where m.product.id = :product and m.active = true",
                        ProductModule.class)
                .setParameter("product", productId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(ProductModule::getId))
                .toList();
        Map<Long, List<LicenseTemplate>> templates = templatesByModule(productId);
        List<ModuleSnapshot> snapshots = new ArrayList<>();
        Map<Long, Integer> moduleOfTemplate = new HashMap<>();
        Map<Long, TemplateSnapshot> templatesById = new HashMap<>();
        for (ProductModule module : modules) {
            List<LicenseTemplate> ofModule = templates.getOrDefault(module.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(LicenseTemplate::getId))
                    .toList();
            List<TemplateSnapshot> ofModuleSnapshots = new ArrayList<>(ofModule.size());
            for (LicenseTemplate template : ofModule) {
                TemplateSnapshot snapshot = snapshot(template);
                ofModuleSnapshots.add(snapshot);
                moduleOfTemplate.put(template.getId(), snapshots.size());
                templatesById.put(template.getId(), snapshot);
            }
            snapshots.add(new ModuleSnapshot(
                    module.getNumber(),
                    module.getName(),
                    module.getLicensingModel(),
                    module.getProperties(),
                    ofModuleSnapshots,
                    List.of()));
        }
        return new CatalogSnapshot(snapshots, moduleOfTemplate, templatesById);
    }

    private Map<Long, List<LicenseTemplate>> templatesByModule(long productId) {
        return em
                .createQuery(
                        "select distinct t from LicenseTemplate t left join fetch t.properties"
                                + " where t.productModule.product.id = :product",
                        LicenseTemplate.class)
                .setParameter("product", productId)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        template -> template.getProductModule().getId()));
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

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
