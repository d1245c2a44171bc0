package com.appconda.licensing.components;

import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.Vendor;

/** Vendors for component tests, made through the vendor feature's store. */
final class Vendors {

    private Vendors() {}

    /** A new vendor, answered as the admin caller that acts for it. */
    static Caller signUp(Components world, String name) {
        Vendor vendor = world.call(() -> world.get(VendorStore.class)
                .createVendor(name, "owner@example.com", world.clock().instant()));
        return new Caller(vendor.getId(), vendor.getNumber(), "tester", Role.ADMIN);
    }
}
