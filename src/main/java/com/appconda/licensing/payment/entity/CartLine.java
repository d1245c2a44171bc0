package com.appconda.licensing.payment.entity;

import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;

/**
 * One line of a shopper's cart: a license template bought {@code quantity} times at its unit price, stated in the
 * cart's currency and price mode. A line is bought at least once and never costs less than nothing.
 */
public record CartLine(String templateNumber, String name, BigDecimal unitPrice, int quantity) {

    public CartLine {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
        if (unitPrice == null) {
            throw new InvalidInputException("unitPrice", "is required");
        }
        if (unitPrice.signum() < 0) {
            throw new InvalidInputException("unitPrice", "must not be negative");
        }
    }

    /** The unit price times the quantity, not rounded. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
