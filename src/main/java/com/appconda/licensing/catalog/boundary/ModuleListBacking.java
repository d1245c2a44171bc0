package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.FormValues;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * console/module/list.xhtml: product modules, optionally of one product. The dialog offers every licensing
 * model the server knows, custom ones included, and shows the chosen model's own parameters as fields.
 */
@Named
@ViewScoped
public class ModuleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductModuleCatalog catalog;

    @Inject
    CatalogChoices choices;

    @Inject
    transient Validator validator;

    private final FacadePages<ProductModuleResponse> modules =
            new FacadePages<>(this::page, ProductModuleResponse::number);
    private List<LicensingModelResponse> models;
    private String product;
    private FormValues form = new FormValues();
    private Map<String, String> parameters = new HashMap<>();
    private String editing;

    @PostConstruct
    void load() {
        models = catalog.licensingModels();
    }

    private Page<ProductModuleResponse> page(Map<String, String> filters, PageRequest request) {
        return catalog.list(product, filters.get("licensingModel"), filters.get("name"), request);
    }

    public void startCreate() {
        editing = null;
        parameters = new HashMap<>();
        form = new FormValues()
                .put("productNumber", product)
                .put("active", true)
                .put("licensingModel", models.isEmpty() ? null : models.get(0).name());
    }

    public void startEdit(ProductModuleResponse module) {
        editing = module.number();
        parameters = new HashMap<>(module.properties());
        form = new FormValues()
                .put("number", module.number())
                .put("name", module.name())
                .put("productNumber", module.productNumber())
                .put("licensingModel", module.licensingModel())
                .put("active", module.active())
                .put("revision", module.revision());
    }

    public void save() {
        Feedback.attempt("moduleForm", this::parameterInput, () -> {
            ProductModuleRequest fields = new ProductModuleRequest(
                    form.text("number"),
                    form.text("name"),
                    form.text("productNumber"),
                    form.text("licensingModel"),
                    form.flag("active"),
                    properties(),
                    form.revision());
            Feedback.requireValid(validator, fields);
            ProductModuleResponse saved = editing == null ? catalog.create(fields) : catalog.update(editing, fields);
            return "Module " + saved.number() + " saved.";
        });
    }

    /** The chosen model's parameters; an emptied field removes the parameter, so the model's default applies. */
    private Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        getParameterList().forEach(p -> {
            String value = parameters.get(p.name());
            properties.put(p.name(), value == null || value.isBlank() ? "" : value.strip());
        });
        return properties;
    }

    public void delete(ProductModuleResponse module, boolean withEverything) {
        Feedback.attempt(null, () -> {
            catalog.delete(module.number(), withEverything);
            return "Module " + module.number() + " deleted.";
        });
    }

    /** The input of a model parameter the facade refused ({@code properties.gracePeriod}), in its row of the repeat. */
    private Optional<String> parameterInput(String field) {
        List<LicensingModelResponse.ParameterResponse> list = getParameterList();
        for (int row = 0; row < list.size(); row++) {
            LicensingModelResponse.ParameterResponse parameter = list.get(row);
            if (field.equals("properties." + parameter.name())) {
                String input = "BOOLEAN".equals(parameter.type()) ? "parameterFlag" : "parameterValue";
                return Optional.of("moduleForm:parameters:" + row + ":" + input);
            }
        }
        return Optional.empty();
    }

    public List<LicensingModelResponse.ParameterResponse> getParameterList() {
        String chosen = form.text("licensingModel");
        return models.stream()
                .filter(m -> m.name().equals(chosen))
                .findFirst()
                .map(LicensingModelResponse::parameters)
                .orElse(List.of());
    }

    public List<CatalogChoices.Choice> getProducts() {
        return choices.products();
    }

    public List<LicensingModelResponse> getModels() {
        return models;
    }

    public FacadePages<ProductModuleResponse> getModules() {
        return modules;
    }

    public FormValues getForm() {
        return form;
    }

    public Map<String, String> getParameters() {
        return parameters;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }
}
