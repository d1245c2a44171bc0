package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.Product;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.ChildrenOf;
import jakarta.enterprise.context.ApplicationScoped;

/** A Product is in use while it has licensees; a forced delete removes them first. */
@ApplicationScoped
public class LicenseesOfProduct extends ChildrenOf<Product, Licensee> {

    public LicenseesOfProduct() {
        super(Product.class, Licensee.class, "product", "licensees");
    }
}
