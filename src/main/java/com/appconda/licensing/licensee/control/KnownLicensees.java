package com.appconda.licensing.licensee.control;

import com.appconda.licensing.licensee.entity.Licensee;
import com.appconda.licensing.platform.control.LicenseeDirectory;
import com.appconda.licensing.platform.control.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The licensee feature's answer to {@link LicenseeDirectory}. */
@ApplicationScoped
public class KnownLicensees implements LicenseeDirectory {

    @Inject
    TenantStore store;

    @Override
    public boolean exists(long vendorId, String licenseeNumber) {
        return store.exists(Licensee.class, vendorId, licenseeNumber);
    }
}
