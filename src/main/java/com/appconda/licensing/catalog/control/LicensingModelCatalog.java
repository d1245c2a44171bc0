package com.appconda.licensing.catalog.control;

import com.appconda.licensing.engine.control.LicensingModels;
import com.appconda.licensing.engine.spi.LicenseType;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.platform.entity.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The licensing models a module may use: the built-ins plus custom models found on the class path
 * (a jar in the WAR or the server). Checks a module's model name and its model parameters, so a
 * module is never saved with a model or a parameter value the Broker could not evaluate.
 */
@ApplicationScoped
public class LicensingModelCatalog {

    private LicensingModels models;

    @PostConstruct
    void discover() {
        models = LicensingModels.discover(Thread.currentThread().getContextClassLoader());
    }

    /** The registry itself, for the Broker that evaluates with it. */
    public LicensingModels models() {
        return models;
    }

    public Set<String> names() {
        return models.names();
    }

    public List<ModelParameter> parameters(String licensingModel) {
        return models.parameters(licensingModel);
    }

    /** The license types a module of this model counts, in their declared order: what its templates may issue. */
    public List<LicenseType> licenseTypes(String licensingModel) {
        return models.licenseTypes(licensingModel).stream().sorted().toList();
    }

    /**
     * A template for a module of this model issues a type the model counts: a Feature template for a Subscription
     * module would be accepted and then never make a validation valid.
     */
    public void checkLicenseType(String licensingModel, LicenseType type) {
        List<LicenseType> counted = licenseTypes(licensingModel);
        if (!counted.contains(type)) {
            throw new InvalidInputException(
                    "licenseType",
                    "a " + licensingModel + " module counts only "
                            + String.join(
                                    " or ", counted.stream().map(Enum::name).toList())
                            + " licenses, not " + type);
        }
    }

    public String requireKnown(String licensingModel) {
        if (models.find(licensingModel).isEmpty()) {
            throw new InvalidInputException("licensingModel", "must be one of " + String.join(", ", names()));
        }
        return licensingModel;
    }

    /**
     * Every required parameter is set, every set parameter of the model has a value of its type, and the model
     * itself can work with them ({@link LicensingModels#refusedModuleParameters}): a module is refused when it is
     * saved, not at its first validation.
     */
    public void checkParameters(String licensingModel, Map<String, String> properties) {
        models.refusedModuleParameters(licensingModel, properties).entrySet().stream()
                .findFirst()
                .ifPresent(refused -> {
                    throw new InvalidInputException("properties." + refused.getKey(), refused.getValue());
                });
    }
}
