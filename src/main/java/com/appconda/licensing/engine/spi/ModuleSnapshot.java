package com.appconda.licensing.engine.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a licensing model may read for one product module and one licensee: the module's parameters, its
 * templates, and the licensee's licenses of this module (active and inactive: the models ignore inactive ones,
 * but TryAndBuy must know that a deactivated evaluation exists so that it does not issue a fresh one).
 *
 * @param parameters module parameters by NetLicensing name, e.g. {@code maxCheckoutValidity}, {@code skudef}
 */
public record ModuleSnapshot(
        String moduleNumber,
        String moduleName,
        String licensingModel,
        Map<String, String> parameters,
        List<TemplateSnapshot> templates,
        List<LicenseSnapshot> licenses) {

    public ModuleSnapshot {
        Objects.requireNonNull(moduleNumber, "moduleNumber");
        Objects.requireNonNull(licensingModel, "licensingModel");
        moduleName = moduleName == null ? moduleNumber : moduleName;
        parameters = Map.copyOf(parameters);
        templates = List.copyOf(templates);
        licenses = List.copyOf(licenses);
    }

    /** A module with no parameters, templates or licenses. */
    public static ModuleSnapshot of(String moduleNumber, String licensingModel) {
        return new ModuleSnapshot(moduleNumber, moduleNumber, licensingModel, Map.of(), List.of(), List.of());
    }

    public ModuleSnapshot withParameter(String name, String value) {
        Map<String, String> copy = new HashMap<>(parameters);
        copy.put(name, value);
        return new ModuleSnapshot(moduleNumber, moduleName, licensingModel, copy, templates, licenses);
    }

    public ModuleSnapshot withTemplates(TemplateSnapshot... newTemplates) {
        return new ModuleSnapshot(
                moduleNumber, moduleName, licensingModel, parameters, List.of(newTemplates), licenses);
    }

    public ModuleSnapshot withLicenses(LicenseSnapshot... newLicenses) {
        return new ModuleSnapshot(
                moduleNumber, moduleName, licensingModel, parameters, templates, List.of(newLicenses));
    }

    /** A module parameter, or {@code null}. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The licensee's active licenses of the given type, in the order the shell loaded them. */
    public List<LicenseSnapshot> activeLicenses(LicenseType type) {
        return licenses.stream()
                .filter(LicenseSnapshot::active)
                .filter(l -> l.licenseType() == type)
                .toList();
    }

    /** The template with the given number. */
    public Optional<TemplateSnapshot> template(String templateNumber) {
        return templates.stream()
                .filter(t -> t.templateNumber().equals(templateNumber))
                .findFirst();
    }
}
