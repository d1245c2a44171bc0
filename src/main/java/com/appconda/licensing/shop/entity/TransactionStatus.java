package com.appconda.licensing.shop.entity;

/** NetLicensing's transaction states: money in flight, settled, or abandoned. */
public enum TransactionStatus {
    PENDING,
    CLOSED,
    CANCELLED
}
