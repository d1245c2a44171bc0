package com.appconda.licensing.payment.entity;

/** How the prices of a cart are stated. */
public enum PriceMode {
    /** The stated prices include VAT: they are what the buyer pays, and the VAT is extracted from them. */
    GROSS,
    /** The stated prices exclude VAT: the VAT is added on top. */
    NET
}
