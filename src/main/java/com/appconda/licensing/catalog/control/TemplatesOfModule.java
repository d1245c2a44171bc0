package com.appconda.licensing.catalog.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.catalog.entity.ProductModule;
import com.appconda.licensing.platform.control.ChildrenOf;
import jakarta.enterprise.context.ApplicationScoped;

/** A ProductModule is in use while it has license templates; a forced delete removes them first. */
@ApplicationScoped
public class TemplatesOfModule extends ChildrenOf<ProductModule, LicenseTemplate> {

    public TemplatesOfModule() {
        super(ProductModule.class, LicenseTemplate.class, "productModule", "license templates");
    }
}
