package com.appconda.licensing.payment.entity;

/** What a ledger entry books. A sale's entries add up to what the vendor keeps of it. */
public enum LedgerKind {
    /** What the buyer paid (+). */
    GROSS,
    /** The VAT in it, owed to the tax office (-). */
    VAT,
    /** The operator's fee, a percentage of the net (-). */
    FEE
}
