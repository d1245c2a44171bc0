package com.appconda.licensing.payment.entity;

/** Which VAT a sale bears, decided by where the buyer is and whether they gave a VAT number. */
public enum TaxTreatment {
    /** The buyer is in the vendor's country: that country's VAT, whether or not they gave a VAT number. */
    DOMESTIC,
    /** An EU buyer in another member state without a VAT number: the buyer country's rate (one-stop shop, OSS). */
    EU_CONSUMER,
    /**
     * An EU buyer in another member state with a VAT number of valid form: 0 %; the buyer accounts for the VAT, and
     * the invoice says "VAT reverse charged".
     */
    EU_REVERSE_CHARGE,
    /** A buyer outside the EU: 0 %. */
    OUTSIDE_EU
}
