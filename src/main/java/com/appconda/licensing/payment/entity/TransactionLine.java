package com.appconda.licensing.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One line of a transaction's cart as it was bought: the template (its id while it exists, its number and name for
 * ever), the unit price it was sold at and how many.
 */
@Embeddable
public class TransactionLine {

    @Column(name = "license_template_id")
    private Long templateId;

    @Column(name = "template_number", nullable = false, length = 64)
    private String templateNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    protected TransactionLine() {}

    public TransactionLine(long templateId, CartLine line) {
        this.templateId = templateId;
        this.templateNumber = line.templateNumber();
        this.name = line.name();
        this.unitPrice = line.unitPrice();
        this.quantity = line.quantity();
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getTemplateNumber() {
        return templateNumber;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }
}
