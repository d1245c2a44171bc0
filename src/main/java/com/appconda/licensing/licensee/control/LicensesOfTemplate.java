package com.appconda.licensing.licensee.control;

import com.appconda.licensing.catalog.entity.LicenseTemplate;
import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.platform.control.ChildrenOf;
import jakarta.enterprise.context.ApplicationScoped;

/** A LicenseTemplate is in use while it has licenses; a forced delete removes them first. */
@ApplicationScoped
public class LicensesOfTemplate extends ChildrenOf<LicenseTemplate, License> {

    public LicensesOfTemplate() {
        super(LicenseTemplate.class, License.class, "licenseTemplate", "licenses");
    }
}
