package com.appconda.licensing.broker.control;

import com.appconda.licensing.engine.spi.LicenseSnapshot;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.engine.spi.TemplateSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product's active modules with their templates, as the licensing models read them, without any licensee's
 * licenses; {@link #withLicenses} joins one licensee's licenses to it. Immutable.
 *
 * @param modules          in the order the Broker answers them (the order they were created), with no licenses
 * @param moduleOfTemplate the index in {@code modules} of each template's module, by template id
 * @param templates        every template of the modules, by template id
 */
public record CatalogSnapshot(
        List<ModuleSnapshot> modules, Map<Long, Integer> moduleOfTemplate, Map<Long, TemplateSnapshot> templates) {

    public CatalogSnapshot {
        modules = List.copyOf(modules);
        moduleOfTemplate = Map.copyOf(moduleOfTemplate);
        templates = Map.copyOf(templates);
    }

    /** The template of one of the modules, or empty for another product's template or an inactive module's. */
    public Optional<TemplateSnapshot> template(long templateId) {
        return Optional.ofNullable(templates.get(templateId));
    }

    /** A licensee's license and the id of the template it was issued from. */
    public record HeldLicense(long templateId, LicenseSnapshot license) {}

    /**
     * The modules with each license under its template's module, in the order given; a license of a template this
     * snapshot does not hold (another product's, or a module that is inactive) belongs to no module.
     */
    public List<ModuleSnapshot> withLicenses(List<HeldLicense> licenses) {
        if (licenses.isEmpty()) {
            return modules;
        }
        List<List<LicenseSnapshot>> byModule = new ArrayList<>(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            byModule.add(new ArrayList<>());
        }
        for (HeldLicense held : licenses) {
            Integer module = moduleOfTemplate.get(held.templateId());
            if (module != null) {
                byModule.get(module).add(held.license());
            }
        }
        List<ModuleSnapshot> joined = new ArrayList<>(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            ModuleSnapshot module = modules.get(i);
            joined.add(new ModuleSnapshot(
                    module.moduleNumber(),
                    module.moduleName(),
                    module.licensingModel(),
                    module.parameters(),
                    module.templates(),
                    byModule.get(i)));
        }
        return joined;
    }
}
