package com.appconda.licensing.catalog.boundary;

import com.appconda.licensing.platform.boundary.FacadePages;
import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.boundary.FormValues;
import com.appconda.licensing.platform.entity.Page;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Map;

/** console/product/list.xhtml: the products, created and changed in a dialog, deleted after a confirmation. */
@Named
@ViewScoped
public class ProductListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductCatalog catalog;

    @Inject
    transient Validator validator;

    private final FacadePages<ProductResponse> products = new FacadePages<>(this::page, ProductResponse::number);
    private FormValues form = new FormValues();
    private String editing;

    private Page<ProductResponse> page(Map<String, String> filters, PageRequest request) {
        return catalog.list(filters.get("name"), null, request);
    }

    public void startCreate() {
        editing = null;
        form = new FormValues()
                .put("active", true)
                .put("licenseeAutoCreate", false)
                .put("licenseeSecretMode", "DISABLED")
                .put("vatMode", "GROSS");
    }

    public void startEdit(ProductResponse product) {
        editing = product.number();
        form = new FormValues()
                .put("number", product.number())
                .put("name", product.name())
                .put("version", product.version())
                .put("description", product.description())
                .put("licensingInfo", product.licensingInfo())
                .put("licenseeAutoCreate", product.licenseeAutoCreate())
                .put("licenseeSecretMode", product.licenseeSecretMode())
                .put("vatMode", product.vatMode())
                .put("active", product.active())
                .put("revision", product.revision());
    }

    public void save() {
        Feedback.attempt("productForm", () -> {
            ProductRequest fields = new ProductRequest(
                    form.text("number"),
                    form.text("name"),
                    form.text("version"),
                    form.text("description"),
                    form.text("licensingInfo"),
                    form.flag("licenseeAutoCreate"),
                    form.text("licenseeSecretMode"),
                    form.text("vatMode"),
                    form.flag("active"),
                    null,
                    null,
                    form.revision());
            Feedback.requireValid(validator, fields);
            ProductResponse saved = editing == null ? catalog.create(fields) : catalog.update(editing, fields);
            return "Product " + saved.number() + " saved.";
        });
    }

    public void delete(ProductResponse product, boolean withEverything) {
        Feedback.attempt(null, () -> {
            catalog.delete(product.number(), withEverything);
            return "Product " + product.number() + " deleted.";
        });
    }

    public FacadePages<ProductResponse> getProducts() {
        return products;
    }

    public FormValues getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }
}
