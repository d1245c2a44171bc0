package com.appconda.licensing.catalog.control;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.platform.control.ChildrenOf;
import jakarta.enterprise.context.ApplicationScoped;

/** A Product is in use while it has product modules; a forced delete removes them first. */
@ApplicationScoped
public class ModulesOfProduct extends ChildrenOf<Product, ProductModule> {

    public ModulesOfProduct() {
        super(Product.class, ProductModule.class, "product", "product modules");
    }
}
