package com.appconda.licensing.licensee.control;

import com.appconda.licensing.licensee.entity.License;
import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.ChildrenOf;
import jakarta.enterprise.context.ApplicationScoped;

/** A Licensee is in use while it has licenses; a forced delete removes them first. */
@ApplicationScoped
public class LicensesOfLicensee extends ChildrenOf<Licensee, License> {

    public LicensesOfLicensee() {
        super(Licensee.class, License.class, "licensee", "licenses");
    }
}
