package com.appconda.licensing.payment.entity;

/** The states of a payment transaction, as NetLicensing names them. */
public enum TransactionStatus {
    /** Checked out; the provider has not answered yet. Nothing is created. */
    PENDING,
    /** Paid: its licenses were created and the ledger booked, exactly once. A refund keeps it closed. */
    CLOSED,
    /** Declined, cancelled by the buyer, or expired: nothing was created. */
    CANCELLED
}
