package com.appconda.licensing.payment.entity;

import com.appconda.licensing.platform.entity.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A payment provider a vendor accepts in the shop (SANDBOX, STRIPE, PAYPAL...), addressed by that
 * name as its number, with the vendor's settings for it (account ids; never raw secrets in clear).
 */
@Entity
@Table(name = "payment_method")
public class PaymentMethod extends TenantEntity {

    @ElementCollection
    @CollectionTable(name = "payment_method_property", joinColumns = @JoinColumn(name = "payment_method_id"))
    @MapKeyColumn(name = "prop_name", length = 64)
    @Column(name = "prop_value", length = 4000, nullable = false)
    private Map<String, String> settings = new HashMap<>();

    protected PaymentMethod() {
    }

    public PaymentMethod(long vendorId, String number) {
        super(vendorId, number);
    }

    public Map<String, String> getSettings() {
        return Map.copyOf(settings);
    }

    public void putSetting(String name, String value) {
        settings.put(name, value);
    }
}
