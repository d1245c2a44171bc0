package com.appconda.licensing.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The providers this server has, by name. */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    Instance<PaymentProvider> providers;

    /** The provider a vendor's shop takes payments with: the sandbox until the vendor sets up another. */
    public PaymentProvider forVendor(long vendorId) {
        return named(SandboxProvider.NAME);
    }

    public PaymentProvider named(String name) {
        for (PaymentProvider provider : providers) {
            if (provider.name().equals(name)) {
                return provider;
            }
        }
        throw new IllegalStateException("no payment provider " + name);
    }
}
